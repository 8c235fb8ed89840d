package org.talentbridge.publication.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.talentbridge.publication.EvidenceInfo;
import org.talentbridge.publication.ObjectionView;
import org.talentbridge.publication.Objections;
import org.talentbridge.shared.ui.Labels;

/**
 * The integrity officer's objections: the open ones soonest due first (overdue flagged), each shown in a dialog with its
 * evidence; the latest answers below. Objections are answered by the integrity investigation each one opened (issue 6):
 * unfounded resumes the entry, a finding confirmed with four eyes sustains it. The dialog leads there.
 */
@Route("integrity/objections")
@Menu(order = 49, title = "nav.objections")
@RolesAllowed("INTEGRITY_OFFICER")
public class ObjectionsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private static final int ANSWERED_SHOWN = 50;

    final Grid<ObjectionView> open = new Grid<>();
    final Grid<ObjectionView> answered = new Grid<>();
    private final transient Objections objections;

    public ObjectionsView(Objections objections) {
        this.objections = objections;
        open.setAllRowsVisible(true);
        GridColumns.identifier(open.addColumn(ObjectionView::caseNumber).setHeader(getTranslation("objection.case")));
        open.addColumn(ObjectionView::maskedName).setHeader(getTranslation("publicity.name"));
        open.addColumn(ObjectionView::objectorName).setHeader(getTranslation("objection.name"));
        open.addColumn(o -> Labels.dateTime(o.submittedAt())).setHeader(getTranslation("objection.submittedAt"));
        open.addComponentColumn(o -> {
            Span due = new Span(Labels.date(o.dueDate()) + (o.overdue() ? " · " + getTranslation("objection.overdue") : ""));
            if (o.overdue()) {
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("objection.due"));
        open.addComponentColumn(o -> {
            Button answer = new Button(getTranslation("objection.answer"), e -> openAnswer(o));
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return answer;
        }).setKey("answer");
        open.setEmptyStateText(getTranslation("objection.noneOpen"));
        answered.setAllRowsVisible(true);
        GridColumns.identifier(answered.addColumn(ObjectionView::caseNumber).setHeader(getTranslation("objection.case")));
        answered.addColumn(ObjectionView::objectorName).setHeader(getTranslation("objection.name"));
        answered.addColumn(o -> getTranslation(o.status().messageKey())).setHeader(getTranslation("objection.status"));
        answered.addColumn(ObjectionView::answer).setHeader(getTranslation("objection.reason")).setFlexGrow(2);
        answered.addColumn(o -> o.answeredBy() + " " + Labels.dateTime(o.answeredAt())).setHeader(getTranslation("objection.answeredBy"));
        answered.setEmptyStateText(getTranslation("objection.noneAnswered"));
        add(new Paragraph(getTranslation("objection.officerHelp", objections.limits().answerWorkingDays())), open,
                new H3(getTranslation("objection.answeredTitle")), answered);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        open.setItems(objections.open());
        answered.setItems(objections.answered(ANSWERED_SHOWN));
    }

    void openAnswer(ObjectionView o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("objection.answerTitle", o.caseNumber(), o.maskedName()));
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.add(new Paragraph(getTranslation("objection.objector", o.objectorName(),
                o.objectorIdMasked() == null ? "-" : o.objectorIdMasked(), o.phone() == null ? "-" : o.phone(),
                o.email() == null ? "-" : o.email())));
        facts.add(new Paragraph(o.statement()));
        facts.add(new Paragraph(getTranslation("objection.dueLine", Labels.date(o.dueDate()))));
        for (EvidenceInfo f : o.files()) {
            facts.add(new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] content = objections.evidence(f.id()).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(content), f.fileName(), f.contentType(), content.length);
            }), f.fileName() + " (" + Math.max(1, f.sizeBytes() / 1024) + " KB)"));
        }
        Button investigate = new Button(getTranslation("objection.toInvestigation"), e -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate("integrity/investigations"));
        });
        investigate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(facts);
        dialog.getFooter().add(new Button(getTranslation("objection.cancel"), e -> dialog.close()), investigate);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.objections");
    }
}
