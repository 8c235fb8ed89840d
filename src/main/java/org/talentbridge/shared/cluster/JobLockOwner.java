package org.talentbridge.shared.cluster;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The name under which this node's job executor locks the jobs it acquires ({@code ACT_RU_JOB.LOCK_OWNER_}):
 * {@code <route>@<uuid>}, the node's route ({@code app.cluster.node-route}, {@code node} when unset) and a random id
 * of this start, so that an operator (or {@code .ci/two-nodes.sh}) sees which node holds a job, and a restarted node
 * is not mistaken for its former self. A job whose owner died stays locked until {@code LOCK_EXP_TIME_}
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}), then any node acquires it. The engine's host name is the
 * same, so that the job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}) and the metrics tell which node ran a job.
 */
@Component
public class JobLockOwner extends AbstractProcessEnginePlugin {

    private final String owner;

    @Autowired
    JobLockOwner(NodeRoute.ClusterProperties properties) {
        this(properties.nodeRoute(), UUID.randomUUID());
    }

    JobLockOwner(String route, UUID start) {
        this.owner = (route == null || route.isBlank() ? "node" : route) + "@" + start;
    }

    /** This node's lock owner, as the engine writes it. */
    public String owner() {
        return owner;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(owner);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(owner);
        }
    }
}
