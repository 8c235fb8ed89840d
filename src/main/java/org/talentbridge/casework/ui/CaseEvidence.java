package org.talentbridge.casework.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.shared.ui.Labels;

/** The profile evidence frozen with a case: employer, certificates, work history, assessments, awards. */
class CaseEvidence extends VerticalLayout {

    final Grid<ProfileSnapshot.Certificate> certificates = grid();
    final Grid<ProfileSnapshot.Work> work = grid();
    final Grid<ProfileSnapshot.Assessment> assessments = grid();

    CaseEvidence(ProfileSnapshot e) {
        setPadding(false);
        certificates.addColumn(c -> getTranslation(c.level().messageKey())).setHeader(getTranslation("field.level"));
        certificates.addColumn(ProfileSnapshot.Certificate::occupationName).setHeader(getTranslation("field.occupation"));
        certificates.addColumn(c -> Labels.date(c.obtainedOn())).setHeader(getTranslation("field.obtainedOn"));
        GridColumns.identifier(certificates.addColumn(ProfileSnapshot.Certificate::certificateNumber)
                .setHeader(getTranslation("field.certificateNumber")));
        certificates.setItems(e.certificates());

        GridColumns.longText(work.addColumn(ProfileSnapshot.Work::employer).setHeader(getTranslation("field.employer")),
                ProfileSnapshot.Work::employer);
        work.addColumn(ProfileSnapshot.Work::occupationName).setHeader(getTranslation("field.occupation"));
        work.addColumn(w -> Labels.date(w.from())).setHeader(getTranslation("field.from"));
        work.addColumn(w -> w.to() == null ? getTranslation("profile.ongoing") : Labels.date(w.to()))
                .setHeader(getTranslation("field.to"));
        work.addColumn(w -> getTranslation(w.technicalSkillWork() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("field.technicalSkillWork"));
        work.setItems(e.workPeriods());

        assessments.addColumn(ProfileSnapshot.Assessment::year).setHeader(getTranslation("field.year"));
        assessments.addColumn(a -> getTranslation(a.result().messageKey())).setHeader(getTranslation("field.result"));
        assessments.setItems(e.assessments());

        String awards = e.awards().isEmpty() ? getTranslation("profile.none")
                : e.awards().stream().map(a -> getTranslation(a.messageKey())).collect(Collectors.joining(getTranslation("list.separator")));
        String employer = (e.employerName() == null ? getTranslation("profile.none") : e.employerName())
                + (e.publicInstitutionStaff() ? getTranslation("list.separator") + getTranslation("field.publicInstitutionStaff") : "");
        add(new H3(getTranslation("case.evidence")), new Paragraph(getTranslation("case.evidence.help")),
                new Paragraph(getTranslation("field.employerName") + getTranslation("label.colon") + employer),
                new H3(getTranslation("profile.certificates")), certificates,
                new H3(getTranslation("profile.workPeriods")), work,
                new H3(getTranslation("profile.assessments")), assessments,
                new H3(getTranslation("profile.awards")), new Paragraph(awards));
    }

    private <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("profile.empty"));
        return grid;
    }
}
