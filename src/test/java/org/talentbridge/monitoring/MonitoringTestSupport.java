package org.talentbridge.monitoring;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/** The monitoring tests' base: the engine's services, a fresh probe process per test, an administrator. */
abstract class MonitoringTestSupport extends KaribuTest {

    @Autowired
    protected RepositoryService repository;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService engineTasks;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected HistoryService history;

    protected MonitoringProbe newProbe() {
        return new MonitoringProbe(repository, runtime, engineTasks, management);
    }

    protected AccountView admin() {
        return newAccount("monadm", Role.ADMIN);
    }
}
