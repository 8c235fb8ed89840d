package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.catalog.SeriesDecisionService;

/**
 * {@code Task_SeriesDecision} complete listener: only a recorded decision completes the task (so that the
 * screening that follows finds it); the case goes back to screening (the model's listener on Task_Screening).
 */
@Component("seriesDecisionCompleted")
class SeriesDecisionCompleted implements TaskListener {

    private final SeriesDecisionService decisions;

    SeriesDecisionCompleted(SeriesDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!BusinessTasks.completingThroughService()) {
            return; // refused as the task's activity ends (EngineHardeningPlugin): the caller reads why, not this check
        }
        String occupation = (String) task.getVariable(TitleApplicationProcess.VAR_OCCUPATION);
        if (decisions.find(occupation).isEmpty()) {
            // completing it from Tasklist without recording the decision is refused: the task stays open
            throw new IllegalStateException("record the series of \"" + occupation + "\" (SeriesDecisionService) first");
        }
    }
}
