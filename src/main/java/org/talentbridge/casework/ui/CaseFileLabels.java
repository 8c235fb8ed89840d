package org.talentbridge.casework.ui;

import com.vaadin.flow.component.Component;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.CaseFilePanel;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.policy.Award;

/** Names a case file's items from the evidence frozen with the case (a certificate by level, occupation and number). */
final class CaseFileLabels {

    private CaseFileLabels() {
    }

    static CaseFilePanel panel(Component owner, CaseFileService caseFiles, String caseNumber, ProfileSnapshot evidence) {
        CaseFilePanel panel = new CaseFilePanel(caseFiles, item -> label(owner, evidence, item));
        panel.show(caseNumber);
        return panel;
    }

    static String label(Component owner, ProfileSnapshot e, ItemRef item) {
        String kind = owner.getTranslation("casefile.item." + item.kind());
        String detail = switch (item.kind()) {
            case CERTIFICATE -> e.certificates().stream().filter(c -> String.valueOf(c.id()).equals(item.key())).findFirst()
                    .map(c -> owner.getTranslation(c.level().messageKey()) + " " + c.occupationName() + " "
                            + c.certificateNumber()).orElse(null);
            case TITLE -> e.titles().stream().filter(t -> String.valueOf(t.id()).equals(item.key())).findFirst()
                    .map(t -> owner.getTranslation(t.level().messageKey()) + " " + t.series()).orElse(null);
            case WORK -> e.workPeriods().stream().filter(w -> String.valueOf(w.id()).equals(item.key())).findFirst()
                    .map(w -> w.employer() + " " + Labels.date(w.from())).orElse(null);
            case ASSESSMENT -> item.key();
            case AWARD -> owner.getTranslation(Award.valueOf(item.key()).messageKey());
            case ACHIEVEMENT, TRAINING -> "#" + item.key();
        };
        return detail == null ? kind : kind + getSeparator(owner) + detail;
    }

    private static String getSeparator(Component owner) {
        return owner.getTranslation("label.colon");
    }
}
