package org.talentbridge.processes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The model's {@code caseStatus} bean on an engine without Spring (the real one is casework's CaseStatusListener):
 * records each status the model's listeners enter, with its reason and deadline, and each referral, in order. Public
 * with public methods because the engine's expression language calls only those.
 */
public class RecordedCaseStatus {

    /** "STATUS" or "STATUS reason" (and " until <deadline>" when one is given), or "referred reason". */
    public final List<String> entered = Collections.synchronizedList(new ArrayList<>());

    public void enter(DelegateExecution execution, String status, Object reason, Object deadline) {
        entered.add(status + (reason == null ? "" : " " + reason) + (deadline == null ? "" : " until " + deadline));
    }

    public void referred(DelegateExecution execution) {
        entered.add("referred " + execution.getVariable("integrityReason"));
    }

    /** The statuses alone, without reasons and referrals, as a case moves through them. */
    public List<String> statuses() {
        synchronized (entered) {
            return entered.stream().filter(e -> !e.startsWith("referred ")).map(e -> e.split(" ", 2)[0]).toList();
        }
    }
}
