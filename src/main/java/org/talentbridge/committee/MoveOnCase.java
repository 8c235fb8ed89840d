package org.talentbridge.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MoveCase} of {@code processes/committee-move-on.bpmn}: moves on the case at {@code loopCounter}. */
@Component("panelMoveOnCase")
class MoveOnCase implements JavaDelegate {

    private final PanelMoveOn moveOn;

    MoveOnCase(PanelMoveOn moveOn) {
        this.moveOn = moveOn;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long drawId = ((Number) execution.getVariable(PanelMoveOn.VAR_DRAW)).longValue();
        int index = ((Number) execution.getVariable("loopCounter")).intValue();
        moveOn.moveOne(drawId, index, (String) execution.getVariable(PanelMoveOn.VAR_CLOSED_BY));
    }
}
