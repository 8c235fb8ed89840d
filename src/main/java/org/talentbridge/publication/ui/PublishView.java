package org.talentbridge.publication.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.talentbridge.shared.export.XlsxTable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.publication.GrantProgress;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The committee secretary publishes a round's cases together for the publicity period: choose the round, tick the
 * cases, optionally another period in working days for this round, publish. A round is published once.
 */
@Route("committee/publicity")
@Menu(order = 48, title = "nav.publish")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class PublishView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final ComboBox<RoundView> round = new ComboBox<>(getTranslation("publish.round"));
    final Grid<CaseFacts> cases = new Grid<>();
    final IntegerField workingDays = new IntegerField(getTranslation("publish.workingDays"));
    final Button publish = new Button(getTranslation("publish.publish"));
    final Paragraph state = new Paragraph();
    /** After the period: grant every case without an open or sustained objection (their certificates are issued). */
    final Button grant = new Button(getTranslation("publish.grant"));
    /** Beside the grant button while the period runs: the day from which granting is possible. */
    final Paragraph grantFrom = new Paragraph();
    /** Beside the grant button while the entries are granted in the background (one job each): how far it has come. */
    final Paragraph grantState = new Paragraph();
    /** The published list as the provincial offices take it (.xlsx). */
    final Anchor export;
    private final transient PublicationService publication;
    private final transient RoundService rounds;

    public PublishView(PublicationService publication, RoundService rounds) {
        this.publication = publication;
        this.rounds = rounds;
        round.setItemLabelGenerator(RoundView::name);
        round.addValueChangeListener(e -> showRound());
        cases.setSelectionMode(Grid.SelectionMode.MULTI);
        cases.setAllRowsVisible(true);
        GridColumns.identifier(cases.addColumn(CaseFacts::caseNumber).setHeader(getTranslation("objection.case")));
        cases.addColumn(CaseFacts::applicantName).setHeader(getTranslation("publish.applicant"));
        GridColumns.longText(cases.addColumn(CaseFacts::employerName).setHeader(getTranslation("publicity.employer")).setFlexGrow(2),
                CaseFacts::employerName);
        cases.addColumn(CaseFacts::series).setHeader(getTranslation("publicity.series"));
        cases.addColumn(c -> getTranslation(c.targetLevel().messageKey())).setHeader(getTranslation("publicity.level"));
        cases.addColumn(c -> c.route() == null ? "" : getTranslation("publicity.route." + c.route()))
                .setHeader(getTranslation("publicity.route"));
        cases.setEmptyStateText(getTranslation("publish.noCases"));
        workingDays.setMin(1);
        workingDays.setMax(30);
        workingDays.setStepButtonsVisible(true);
        workingDays.setPlaceholder(String.valueOf(publication.limits().publicityWorkingDays()));
        workingDays.setHelperText(getTranslation("publish.workingDaysHelp", publication.limits().publicityWorkingDays()));
        FormErrors errors = new FormErrors(this).bind("workingDays", workingDays);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            if (round.getValue() == null) {
                round.setErrorMessage(getTranslation("validation.required"));
                round.setInvalid(true);
                return;
            }
            try {
                errors.clear();
                List<String> numbers = cases.getSelectedItems().stream().map(CaseFacts::caseNumber).toList();
                PublicityView done = publication.publish(round.getValue().id(), numbers, workingDays.getValue());
                Notification.show(getTranslation("publish.done", done.entries().size(), Labels.date(done.periodStart()),
                        Labels.date(done.periodEnd())), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showRound();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.util.Locale locale = event.getUI() == null ? java.util.Locale.SIMPLIFIED_CHINESE : event.getUI().getLocale();
            PublicityView p = publication.ofRound(round.getValue().id()).orElseThrow();
            byte[] xlsx = publication.publicityXlsx(p.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), p.roundName() + ".xlsx", XlsxTable.CONTENT_TYPE, xlsx.length);
        }), getTranslation("publish.export"));
        export.getElement().setAttribute("download", true);
        export.setVisible(false);
        grant.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        grant.setVisible(false);
        grant.addClickListener(e -> publication.ofRound(round.getValue().id()).ifPresent(p -> {
            try {
                publication.grantAfterPeriod(p.id()); // starts the entries' jobs; their progress shows beside the button
                Notification.show(getTranslation("publish.granted"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
            showRound();
        }));
        grantFrom.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        grantState.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        HorizontalLayout grantRow = new HorizontalLayout(grant, grantFrom, grantState, export);
        grantRow.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(new Paragraph(getTranslation("publish.help")), round, state, cases, new HorizontalLayout(workingDays), publish, grantRow);
    }

    private void showRound() {
        round.setInvalid(false);
        RoundView r = round.getValue();
        if (r == null) {
            cases.setItems(List.of());
            state.setText("");
            return;
        }
        // the round's latest list, if any; cases that passed since can be published as a further list
        publication.ofRound(r.id()).ifPresentOrElse(p -> {
            state.setText(getTranslation("publish.published", p.entries().size(), Labels.date(p.periodStart()),
                    Labels.date(p.periodEnd()), p.workingDays()));
            grant.setVisible(true);
            // granting opens the day after the period's last day; before it the button says from when
            boolean ended = publication.today().isAfter(p.periodEnd());
            grant.setEnabled(ended);
            grantFrom.setText(ended ? "" : getTranslation("publish.grantFrom", Labels.date(p.periodEnd()),
                    Labels.date(p.periodEnd().plusDays(1))));
            grantFrom.setVisible(!ended);
            GrantProgress progress = publication.grantProgress(p.id());
            grantState.setText(progress.state() == GrantProgress.State.GRANTING ? getTranslation("publish.grantProgress",
                    progress.done(), progress.entries(), progress.failing(), progress.stuck()) : "");
            grantState.setVisible(progress.state() == GrantProgress.State.GRANTING);
            export.setVisible(true);
        }, () -> {
            state.setText("");
            grant.setVisible(false);
            grantFrom.setVisible(false);
            grantState.setVisible(false);
            export.setVisible(false);
        });
        List<CaseFacts> waiting = publication.candidates(r.id());
        cases.setItems(waiting);
        publish.setEnabled(!waiting.isEmpty());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<RoundView> all = rounds.all();
        round.setItems(all);
        GridColumns.fitWidth(round, all.stream().map(RoundView::name).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publish");
    }
}
