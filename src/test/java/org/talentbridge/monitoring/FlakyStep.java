package org.talentbridge.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The probe's automatic step: fails while the instance's variable {@code broken} is true (a job "made to fail"). */
public class FlakyStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable("broken"))) {
            throw new IllegalStateException("the probe's service is down");
        }
        execution.setVariable("flakyRan", true);
    }
}
