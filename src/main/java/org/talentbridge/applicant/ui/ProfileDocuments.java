package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.Map;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.DocumentView;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.ItemDocumentsDialog;
import org.talentbridge.shared.ui.Labels;

/** The profile's documents (issue 15): a documents column on every list, and a button per chosen award. */
final class ProfileDocuments {

    private ProfileDocuments() {
    }

    static void addColumns(ProfileView view, CaseFileService caseFiles) {
        view.certificates.addDocumentsColumn(caseFiles, c -> ItemRef.of(ItemKind.CERTIFICATE, c.id()),
                c -> view.getTranslation(c.level().messageKey()) + " " + c.occupationName());
        view.titles.addDocumentsColumn(caseFiles, t -> ItemRef.of(ItemKind.TITLE, t.id()),
                t -> view.getTranslation(t.level().messageKey()) + " " + t.series());
        view.workPeriods.addDocumentsColumn(caseFiles, w -> ItemRef.of(ItemKind.WORK, w.id()),
                w -> w.employer() + " " + Labels.date(w.from()));
        view.assessments.addDocumentsColumn(caseFiles, a -> ItemRef.of(ItemKind.ASSESSMENT, a.year()),
                a -> view.getTranslation("casefile.assessmentOf", a.year()));
        view.achievementsSection.addDocumentsColumn(caseFiles, a -> ItemRef.of(ItemKind.ACHIEVEMENT, a.id()),
                a -> view.getTranslation(a.kind().messageKey()) + " " + Labels.date(a.achievedOn()));
        view.training.addDocumentsColumn(caseFiles, t -> ItemRef.of(ItemKind.TRAINING, t.id()),
                t -> t.year() + " " + t.course());
    }

    /** Sets each list's document counts, and the award buttons for the awards on the profile. */
    static void counts(ProfileView view, CaseFileService caseFiles, ProfileSnapshot p) {
        Map<ItemRef, Integer> counts = new HashMap<>();
        for (DocumentView d : caseFiles.myDocuments()) {
            counts.merge(d.item(), 1, Integer::sum);
        }
        view.certificates.documentCounts(counts);
        view.titles.documentCounts(counts);
        view.workPeriods.documentCounts(counts);
        view.assessments.documentCounts(counts);
        view.achievementsSection.documentCounts(counts);
        view.training.documentCounts(counts);
        view.awardDocuments.removeAll();
        p.awards().stream().sorted().forEach(award -> {
            ItemRef ref = ItemRef.of(ItemKind.AWARD, award.name());
            String label = view.getTranslation(award.messageKey());
            Button open = new Button(label + " · " + view.getTranslation("casefile.button", counts.getOrDefault(ref, 0)),
                    VaadinIcon.PAPERCLIP.create(), e -> new ItemDocumentsDialog(caseFiles, ref, label,
                    () -> counts(view, caseFiles, p)).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            view.awardDocuments.add(open);
        });
    }
}
