package org.talentbridge.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;

/** The job executor locks jobs in the name of this node: {@code <route>@<uuid of this start>}. */
class JobLockOwnerTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JobLockOwner lockOwner;

    @Test
    void theEnginesJobExecutorLocksJobsAsThisNodeWithoutARouteAsNode() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String executor = configuration.getJobExecutor().getLockOwner();
        assertThat(executor).isEqualTo(lockOwner.owner());
        assertThat(configuration.getHostname()).as("the job log's host").isEqualTo(executor);
        assertThat(executor).matches("node@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theOwnerNamesTheRouteAndTheStartSoThatARestartedNodeIsAnotherOwner() {
        UUID start = UUID.randomUUID();
        assertThat(new JobLockOwner("node2", start).owner()).isEqualTo("node2@" + start);
        assertThat(new JobLockOwner("", start).owner()).isEqualTo("node@" + start);
        assertThat(new JobLockOwner("node2", UUID.randomUUID()).owner()).isNotEqualTo(new JobLockOwner("node2", start).owner());
    }
}
