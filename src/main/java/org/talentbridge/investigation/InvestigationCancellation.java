package org.talentbridge.investigation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.EngineMessages;
import org.talentbridge.shared.engine.EngineRefusal;
import org.talentbridge.shared.engine.ProcessInstanceCancelled;

/**
 * An integrity investigation is never deleted in Cockpit or through the engine REST API, not even by an administrator:
 * it ends only by a decision on the investigation screen (closed as unfounded by an officer, or a finding approved by
 * a second officer), each audited (rule I: irregular procedure is itself a ground for voiding). Deleting its
 * instance would leave the investigation open with no one able to decide it, and its cases held. The deletion is
 * refused (403 with the reason) and rolls back.
 */
@Component
class InvestigationCancellation {

    private final EngineMessages messages;

    InvestigationCancellation(EngineMessages messages) {
        this.messages = messages;
    }

    @EventListener(condition = "#event.processDefinitionKey() == '" + InvestigationProcess.KEY + "'")
    void on(ProcessInstanceCancelled event) {
        throw new EngineRefusal(messages.text("engine.investigationNotDeleted",
                event.businessKey() == null ? event.processInstanceId() : event.businessKey()));
    }
}
