package org.talentbridge.processes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * An engine of its own for the engine-only process tests (issue 14.4): no Spring context, an in-memory H2 database,
 * the job executor off (tests execute timers themselves), and process test coverage recorded for the report under
 * {@code target/process-test-coverage/}. Our delegates and listeners are replaced by fakes that set the variables the
 * real ones set, and record which ran ({@link #calls}), so each test drives one path of the model. The Spring tests
 * (TitleApplicationProcessTest, SkillEvaluationProcessTest, ...) keep the real delegates on PostgreSQL.
 */
final class EngineOnly {

    /** The fakes that ran, by bean name, in order. */
    static final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    private EngineOnly() {
    }

    static ProcessEngineCoverageExtension extension(String name, Map<String, Object> beans) {
        ProcessEngineConfigurationImpl configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setBeans(new HashMap<>(beans));
        // every element and flow of the model: a new path without its test fails the class
        return ProcessEngineCoverageExtension.builder(configuration).assertClassCoverageAtLeast(1.0).build();
    }

    static JavaDelegate delegate(String name, JavaDelegate body) {
        return execution -> {
            calls.add(name);
            body.execute(execution);
        };
    }

    static JavaDelegate recorded(String name) {
        return delegate(name, execution -> { });
    }

    static TaskListener taskListener(String name) {
        return task -> calls.add(name);
    }

    static ExecutionListener executionListener(String name) {
        return execution -> calls.add(name);
    }

    static Date inDays(int days) {
        return new Date(System.currentTimeMillis() + days * 86_400_000L);
    }
}
