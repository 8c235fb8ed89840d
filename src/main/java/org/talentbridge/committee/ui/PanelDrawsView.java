package org.talentbridge.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawRequest;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.DrawnMember;
import org.talentbridge.committee.MemberState;
import org.talentbridge.committee.ReplacementView;
import org.talentbridge.committee.ReplayResult;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.committee.CaseGroup;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Panel draws (抽取评审专家): the secretary states the group (round, series, level, high-skilled or ordinary, the
 * applicants' employers and case numbers) and draws; the draw shows the seated members and the alternates in order.
 * A seated member is replaced only by the next alternate, with a reason; confirming makes the panel final. Anyone
 * who may read draws can replay one from its stored seed and see that it gives the same order.
 * <p>Longer than 300 lines on purpose: one screen (grouping, draw form, replacement and replay dialogs) whose fields
 * the Karibu tests address by name; every rule it shows is the committee service's.
 */
@Route("committee/draws")
@Menu(order = 45, title = "nav.committeeDraws")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class PanelDrawsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Select<RoundView> round = new Select<>();
    final Select<String> series = new Select<>();
    final Select<TitleLevel> targetLevel;
    final Checkbox highSkilled = new Checkbox(getTranslation("committee.draw.highSkilled"));
    /** The panel size of a manual draw (in its form). */
    final IntegerField panelSize;
    final MultiSelectComboBox<EmployerView> applicantEmployers =
            new MultiSelectComboBox<>(getTranslation("field.applicantEmployerIds"));
    final TextArea caseNumbers = new TextArea(getTranslation("field.caseNumbers"));
    final Button draw = new Button(getTranslation("committee.draw.run"));
    /** Grouping the round's real cases (ready for the committee, not yet drawn) and drawing every group at once. */
    final Select<RoundView> groupRound = new Select<>();
    final Grid<CaseGroup> groups = new Grid<>();
    final Button drawAll = new Button(getTranslation("committee.groups.drawAll"));
    /** The panel size for every group of the round (beside the round, above the button that uses it). */
    final IntegerField groupPanelSize;
    /** The panels the last "draw every group" made, right under its button. */
    final Grid<DrawView> drawnNow = new Grid<>();
    /** Where the draw on show sits: under the action that made or opened it (issue 12, item 5). */
    final VerticalLayout groupsResult = new VerticalLayout();
    final VerticalLayout manualResult = new VerticalLayout();
    final VerticalLayout listResult = new VerticalLayout();
    final Grid<DrawView> draws = new Grid<>();
    /** The draw on show below the list (hidden until one is drawn or opened). */
    final VerticalLayout detail = new VerticalLayout();
    final Grid<DrawnMember> panel = new Grid<>();
    final Grid<DrawnMember> alternates = new Grid<>();
    final Grid<ReplacementView> replacements = new Grid<>();
    final Button confirm = new Button(getTranslation("committee.draw.confirm"));
    final Button replay = new Button(getTranslation("committee.draw.replay"));
    final Paragraph summary = new Paragraph();
    final Paragraph status = new Paragraph();
    final Paragraph replayOutcome = new Paragraph();
    /** The open replacement dialog and its fields (null until asked). */
    Dialog dialog;
    TextArea reason;
    Button replace;
    DrawView shown;
    private final transient CommitteeService committee;
    private final transient RoundService rounds;
    private final boolean manages;

    public PanelDrawsView(CommitteeService committee, RoundService rounds, CatalogService catalog, EmployerService employers,
                          AuthenticationContext authentication) {
        this.committee = committee;
        this.rounds = rounds;
        this.manages = authentication.hasRole("COMMITTEE_SECRETARY");
        round.setLabel(getTranslation("field.roundId"));
        round.setItemLabelGenerator(r -> r == null ? "" : r.name());
        series.setLabel(getTranslation("field.series"));
        series.setItems(catalog.seriesNames());
        targetLevel = Labels.enumSelect(this, "field.targetLevel", TitleLevel.class, TitleLevel::messageKey);
        panelSize = panelSizeField(committee.defaultPanelSize());
        groupPanelSize = panelSizeField(committee.defaultPanelSize());
        applicantEmployers.setItems(employers.all());
        applicantEmployers.setItemLabelGenerator(EmployerView::name);
        applicantEmployers.setHelperText(getTranslation("committee.draw.employers.help"));
        caseNumbers.setHelperText(getTranslation("committee.draw.caseNumbers.help"));
        FormErrors errors = new FormErrors(this).bind("roundId", round).bind("series", series).bind("targetLevel", targetLevel)
                .bind("panelSize", panelSize).bind("applicantEmployerIds", applicantEmployers).bind("caseNumbers", caseNumbers);
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.addClickListener(e -> {
            if (panelSize.isInvalid()) {
                return; // an even size: the field already says it must be odd
            }
            try {
                errors.clear();
                DrawView drawn = committee.draw(new DrawRequest(round.getValue() == null ? null : round.getValue().id(),
                        series.getValue(), targetLevel.getValue(), highSkilled.getValue(), caseNumberList(),
                        applicantEmployers.getValue().stream().map(EmployerView::id).collect(Collectors.toSet()),
                        panelSize.getValue()));
                Notification.show(getTranslation("committee.draw.drawn", drawn.id()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(drawn, manualResult);
                refreshList();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });

        drawColumns(draws, listResult);
        draws.setEmptyStateText(getTranslation("committee.draw.none"));
        draws.setAllRowsVisible(true);
        drawColumns(drawnNow, groupsResult);
        drawnNow.setAllRowsVisible(true);
        drawnNow.setVisible(false);
        for (VerticalLayout place : List.of(groupsResult, manualResult, listResult)) {
            place.setPadding(false);
        }

        memberColumns(panel, true);
        memberColumns(alternates, false);
        replacements.addColumn(ReplacementView::replacedName).setHeader(getTranslation("committee.replacement.replaced"));
        replacements.addColumn(ReplacementView::replacingName).setHeader(getTranslation("committee.replacement.replacing"));
        replacements.addColumn(r -> String.join(", ", r.passedOverNames())).setHeader(getTranslation("committee.replacement.passedOver"));
        replacements.addColumn(ReplacementView::reason).setHeader(getTranslation("field.reason")).setFlexGrow(2);
        replacements.addColumn(ReplacementView::replacedBy).setHeader(getTranslation("committee.replacement.by"));
        replacements.addColumn(r -> Labels.dateTime(r.replacedAt())).setHeader(getTranslation("committee.replacement.at"));
        replacements.setEmptyStateText(getTranslation("committee.replacement.none"));
        replacements.setAllRowsVisible(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> act(() -> committee.confirm(shown.id()), "committee.draw.confirmedNow"));
        replay.addClickListener(e -> replay());
        confirm.setVisible(manages);
        detail.setPadding(false);
        detail.add(new H3(getTranslation("committee.draw.detail")), summary, status, new H4(getTranslation("committee.draw.panel")),
                panel, new H4(getTranslation("committee.draw.alternates")), alternates,
                new H4(getTranslation("committee.draw.replacements")), replacements, new HorizontalLayout(confirm, replay),
                replayOutcome);
        detail.setVisible(false);

        add(new Paragraph(getTranslation("committee.draw.help")));
        groupRound.setLabel(getTranslation("field.roundId"));
        groupRound.setItemLabelGenerator(r -> r == null ? "" : r.name());
        groupRound.setEmptySelectionAllowed(false);
        groupRound.addValueChangeListener(e -> showGroups());
        groups.addColumn(CaseGroup::series).setHeader(getTranslation("field.series"));
        groups.addColumn(g -> getTranslation(g.targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        groups.addColumn(g -> g.route() == null ? "" : getTranslation("route." + g.route())).setHeader(getTranslation("committee.groups.route"));
        groups.addColumn(g -> g.caseNumbers().size()).setHeader(getTranslation("committee.groups.cases"));
        GridColumns.longText(groups.addColumn(g -> String.join(", ", g.caseNumbers())).setHeader(getTranslation("field.caseNumbers"))
                .setFlexGrow(3), g -> String.join(", ", g.caseNumbers()));
        groups.setEmptyStateText(getTranslation("committee.groups.none"));
        groups.setAllRowsVisible(true);
        drawAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormErrors groupErrors = new FormErrors(this).bind("roundId", groupRound).bind("panelSize", groupPanelSize);
        drawAll.addClickListener(e -> {
            if (groupRound.getValue() == null) {
                groupRound.setInvalid(true);
                groupRound.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (groupPanelSize.isInvalid()) {
                return;
            }
            try {
                groupErrors.clear();
                List<DrawView> made = committee.drawAll(groupRound.getValue().id(), groupPanelSize.getValue());
                Notification.show(getTranslation("committee.groups.drawn", made.size()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                // the panels just drawn, under the button, with the first one open
                drawnNow.setItems(made);
                drawnNow.setVisible(!made.isEmpty());
                made.stream().findFirst().ifPresent(d -> show(d, groupsResult));
            } catch (InvalidInputException ex) {
                groupErrors.show(ex);
            }
            showGroups();
            refreshList();
        });
        if (manages) {
            HorizontalLayout groupChoice = new HorizontalLayout(groupRound, groupPanelSize);
            groupChoice.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(new H3(getTranslation("committee.groups.title")), new Paragraph(getTranslation("committee.groups.help")),
                    groupChoice, groups, drawAll, drawnNow, groupsResult);
            add(new H3(getTranslation("committee.draw.new")),
                    new FormLayout(round, series, targetLevel, panelSize, highSkilled, applicantEmployers, caseNumbers), draw,
                    manualResult);
        }
        add(new H3(getTranslation("committee.draw.list")), draws, listResult);
        listResult.add(detail);
    }

    /** A panel size field: odd sizes only (1, 3, 5, 7 …), stepping by two from one. */
    private IntegerField panelSizeField(int defaultSize) {
        IntegerField field = new IntegerField(getTranslation("field.panelSize"));
        field.setMin(1);
        field.setStep(2);
        field.setStepButtonsVisible(true);
        field.setValue(defaultSize);
        field.setHelperText(getTranslation("committee.draw.panelSize.help"));
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setStepErrorMessage(getTranslation("committee.draw.panelSize.odd"))
                .setMinErrorMessage(getTranslation("committee.draw.panelSize.odd"))
                .setBadInputErrorMessage(getTranslation("committee.draw.panelSize.odd")));
        return field;
    }

    /** The columns of a list of draws; "open" shows the draw in {@code place}. */
    private void drawColumns(Grid<DrawView> grid, VerticalLayout place) {
        GridColumns.identifier(grid.addColumn(DrawView::id).setHeader(getTranslation("committee.draw.number")));
        GridColumns.longText(grid.addColumn(DrawView::roundName).setHeader(getTranslation("field.roundId")), DrawView::roundName);
        grid.addColumn(DrawView::series).setHeader(getTranslation("field.series"));
        grid.addColumn(d -> getTranslation(d.targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        grid.addColumn(d -> getTranslation(d.groupKind().messageKey())).setHeader(getTranslation("committee.draw.group"));
        GridColumns.longText(grid.addColumn(d -> String.join(", ", d.caseNumbers())).setHeader(getTranslation("field.caseNumbers"))
                .setFlexGrow(2), d -> String.join(", ", d.caseNumbers()));
        grid.addColumn(d -> Labels.dateTime(d.drawnAt())).setHeader(getTranslation("committee.draw.drawnAt")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.confirmed() ? "committee.draw.confirmed" : "committee.draw.unconfirmed"))
                .setHeader(getTranslation("committee.draw.status"));
        grid.addComponentColumn(d -> {
            Button open = new Button(getTranslation("committee.draw.open"), click -> show(committee.find(d.id()), place));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true).setKey("actions");
    }

    private void memberColumns(Grid<DrawnMember> grid, boolean seated) {
        grid.addColumn(DrawnMember::position).setHeader(getTranslation("committee.member.position")).setAutoWidth(true);
        grid.addColumn(DrawnMember::displayName).setHeader(getTranslation("field.displayName"));
        GridColumns.longText(grid.addColumn(m -> m.employerName() == null ? "" : m.employerName())
                .setHeader(getTranslation("committee.expert.employer")).setFlexGrow(2), DrawnMember::employerName);
        grid.addColumn(m -> m.maxLevel() == null ? "" : getTranslation(m.maxLevel().messageKey()))
                .setHeader(getTranslation("committee.expert.maxLevel"));
        grid.addColumn(m -> getTranslation(m.highSkilled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("committee.expert.highSkilled"));
        grid.addColumn(m -> getTranslation(m.state().messageKey())).setHeader(getTranslation("committee.draw.status"));
        if (seated && manages) {
            grid.addComponentColumn(m -> {
                Button out = new Button(getTranslation("committee.member.replace"), click -> ask(m));
                out.addThemeVariants(ButtonVariant.LUMO_SMALL);
                out.setEnabled(shown != null && !shown.confirmed());
                return out;
            }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true).setKey("actions");
        }
        grid.setAllRowsVisible(true);
    }

    /** Asks for the reason to replace a seated member by the next alternate. */
    void ask(DrawnMember member) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("committee.replace.dialog", member.displayName()));
        reason = new TextArea(getTranslation("field.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("committee.replace.help"));
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        replace = new Button(getTranslation("committee.member.replace"), e -> {
            try {
                errors.clear();
                show(committee.replace(shown.id(), member.expertId(), reason.getValue()));
                dialog.close();
                Notification.show(getTranslation("committee.replace.done", member.displayName()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                errors.show(ex);
                if (ex.getProblems().stream().noneMatch(p -> p.field().equals("reason"))) {
                    dialog.close();
                    show(committee.find(shown.id()));
                }
            }
            refreshList();
        });
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("case.withdraw.cancel"), e -> dialog.close()), replace);
        dialog.open();
    }

    private void act(java.util.function.Supplier<DrawView> action, String doneKey) {
        try {
            show(action.get());
            Notification.show(getTranslation(doneKey, shown.id()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException ex) {
            new FormErrors(this).show(ex);
            show(committee.find(shown.id()));
        }
        refreshList();
    }

    private void replay() {
        ReplayResult result = committee.replay(shown.id());
        replayOutcome.setText(getTranslation(result.matches() ? "committee.replay.matches" : "committee.replay.differs",
                String.valueOf(result.seed()), result.stored().size()));
        Notification.show(replayOutcome.getText(), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(result.matches() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    /** Shows {@code d} where it already is (after a replacement, a confirmation). */
    void show(DrawView d) {
        show(d, detail.getParent().map(VerticalLayout.class::cast).orElse(listResult));
    }

    /** Shows {@code d} under the action that asked for it, and brings it into view. */
    void show(DrawView d, VerticalLayout place) {
        if (detail.getParent().filter(place::equals).isEmpty()) {
            place.add(detail); // a component has one parent: this moves it
        }
        shown = d;
        summary.setText(getTranslation("committee.draw.summary", d.id(), d.roundName(), d.series(),
                getTranslation(d.targetLevel().messageKey()), getTranslation(d.groupKind().messageKey()), d.panelSize(),
                String.join(", ", d.caseNumbers()),
                d.applicantEmployers().isEmpty() ? getTranslation("committee.draw.noEmployers") : String.join(", ", d.applicantEmployers()),
                String.valueOf(d.seed())));
        status.setText(d.confirmed()
                ? getTranslation("committee.draw.confirmedBy", d.confirmedBy(), Labels.dateTime(d.confirmedAt()))
                : getTranslation("committee.draw.drawnBy", d.drawnBy(), Labels.dateTime(d.drawnAt())));
        panel.setItems(d.panel());
        alternates.setItems(d.alternates());
        replacements.setItems(d.replaced());
        confirm.setEnabled(!d.confirmed());
        replayOutcome.setText("");
        detail.setVisible(true);
        detail.scrollIntoView();
    }

    private List<String> caseNumberList() {
        String text = caseNumbers.getValue() == null ? "" : caseNumbers.getValue();
        return Arrays.stream(text.split("[\\s,，;；、]+")).filter(s -> !s.isBlank()).toList();
    }

    private void showGroups() {
        groupRound.setInvalid(false);
        groups.setItems(groupRound.getValue() == null ? List.of() : committee.groups(groupRound.getValue().id()));
    }

    private void refreshList() {
        draws.setItems(committee.recentDraws(null, 50));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<RoundView> all = rounds.all();
        groupRound.setItems(all);
        round.setItems(all);
        GridColumns.fitWidth(groupRound, all.stream().map(RoundView::name).toList());
        GridColumns.fitWidth(round, all.stream().map(RoundView::name).toList());
        refreshList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committeeDraws");
    }
}
