package org.talentbridge.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.SeriesDecisionInboxService;
import org.talentbridge.casework.TaskGoneException;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.SeriesDecisionService;
import org.talentbridge.catalog.SeriesDecisionView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Committee secretary: cases whose occupation the annex does not list wait here for the series (rule T0). One
 * decision per occupation releases every waiting case of it; below, the decisions recorded so far.
 */
@Route("series-decisions")
@Menu(order = 42, title = "nav.seriesDecisions")
@RolesAllowed("COMMITTEE_SECRETARY")
public class SeriesDecisionsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<InboxRow> waiting = new Grid<>();
    final Grid<SeriesDecisionView> decided = new Grid<>();
    private final transient SeriesDecisionInboxService inbox;
    private final transient SeriesDecisionService decisions;
    private final transient CatalogService catalog;
    /** The open decision dialog and its fields (null until asked). */
    Dialog dialog;
    Select<String> series;
    TextArea reason;
    Button decide;

    public SeriesDecisionsView(SeriesDecisionInboxService inbox, SeriesDecisionService decisions, CatalogService catalog) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.catalog = catalog;
        InboxColumns.add(waiting);
        waiting.addComponentColumn(r -> {
            Button open = new Button(getTranslation("seriesDecision.decide"), e -> ask(r));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        waiting.setEmptyStateText(getTranslation("inbox.empty"));
        waiting.setAllRowsVisible(true);
        decided.addColumn(SeriesDecisionView::occupationName).setHeader(getTranslation("field.occupation"));
        decided.addColumn(SeriesDecisionView::series).setHeader(getTranslation("field.series"));
        decided.addColumn(SeriesDecisionView::reason).setHeader(getTranslation("field.reason")).setFlexGrow(2);
        decided.addColumn(SeriesDecisionView::decidedBy).setHeader(getTranslation("seriesDecision.decidedBy"));
        decided.addColumn(d -> Labels.dateTime(d.decidedAt())).setHeader(getTranslation("seriesDecision.decidedAt"));
        decided.setEmptyStateText(getTranslation("seriesDecision.none"));
        decided.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("seriesDecision.help")), waiting, new H3(getTranslation("seriesDecision.recorded")), decided);
    }

    /** Asks for the series and the reason of the occupation of this case. */
    void ask(InboxRow row) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("seriesDecision.dialog", row.summary().occupationName()));
        series = new Select<>();
        series.setLabel(getTranslation("field.series"));
        series.setItems(catalog.seriesNames());
        reason = new TextArea(getTranslation("field.reason"));
        reason.setHelperText(getTranslation("seriesDecision.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("series", series).bind("reason", reason);
        decide = new Button(getTranslation("seriesDecision.decide"), e -> {
            try {
                errors.clear();
                inbox.decide(row.taskId(), series.getValue(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("seriesDecision.done", row.summary().occupationName(), series.getValue()),
                        4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (TaskGoneException ex) {
                dialog.close();
                Notification.show(getTranslation("inbox.gone"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            refresh();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("seriesDecision.dialog.help")), series, reason);
        dialog.getFooter().add(new Button(getTranslation("case.withdraw.cancel"), e -> dialog.close()), decide);
        dialog.open();
    }

    private void refresh() {
        waiting.setItems(q -> inbox.page(q.getOffset(), q.getLimit()).stream(), q -> inbox.count());
        decided.setItems(decisions.all());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.seriesDecisions");
    }
}
