package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.monitoring.CasePosition;

/**
 * Where a case is (issue 16, item 8), for any case page: the stages as a {@link CaseStepper} for everyone who may see
 * the case, and for staff the process diagram with the path taken and where it waits. The page has already checked
 * that the reader may see the case; it passes the instance id, or the process key and case number.
 */
@org.springframework.modulith.NamedInterface("case-whereabouts") // a screen part other modules' screens use: declared API
public class CaseWhereabouts extends VerticalLayout {

    /** The stepper (always there; empty for a process without stages). */
    public final CaseStepper stepper;
    /** The diagram, for staff (null for the applicant, or when the reader may not see diagrams). */
    public final BpmnDiagram diagram;

    public CaseWhereabouts(CasePosition position, String processInstanceId, boolean staff) {
        addClassName("case-whereabouts");
        setPadding(false);
        stepper = new CaseStepper(processInstanceId == null ? java.util.List.of() : position.stepper(processInstanceId));
        add(stepper);
        BpmnDiagram shown = null;
        if (staff && processInstanceId != null) {
            try {
                var d = position.diagram(processInstanceId);
                if (d.isPresent()) {
                    shown = new BpmnDiagram();
                    shown.show(d.get().bpmnXml(), d.get().passed(), d.get().current());
                    add(shown);
                }
            } catch (AccessDeniedException notStaff) {
                shown = null;
            }
        }
        diagram = shown;
    }

    /** For a case page that knows its case number and process, not the instance id. */
    public static CaseWhereabouts ofCase(CasePosition position, String processKey, String caseNumber, boolean staff) {
        return new CaseWhereabouts(position, position.instanceOf(processKey, caseNumber).orElse(null), staff);
    }
}
