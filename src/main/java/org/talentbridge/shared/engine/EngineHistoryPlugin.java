package org.talentbridge.shared.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's history (decision 0011): history level FULL, which the monitoring screens, Cockpit's incidents and job
 * log, the user operation log and the DMN history need, but without the one kind of row nothing reads: the detail row
 * per variable write ({@code ACT_HI_DETAIL}, a dozen per submission). The current value of every variable stays in
 * {@code ACT_HI_VARINST}, for running and ended instances alike. {@code app.engine.history.variable-details: true}
 * writes the details again.
 */
@Component
class EngineHistoryPlugin extends AbstractProcessEnginePlugin {

    private final boolean variableDetails;

    EngineHistoryPlugin(@Value("${app.engine.history.variable-details}") boolean variableDetails) {
        this.variableDetails = variableDetails;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!variableDetails) {
            configuration.setHistoryEventHandler(new WithoutVariableDetails());
        }
    }

    /** The engine's own database handler, which writes everything FULL produces but the variable detail rows. */
    static final class WithoutVariableDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
