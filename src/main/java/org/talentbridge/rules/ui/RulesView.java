package org.talentbridge.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentbridge.rules.PolicyCases.Answer;
import org.talentbridge.rules.RegressionGate;
import org.talentbridge.rules.Rescreening;
import org.talentbridge.rules.RulesVersionService;
import org.talentbridge.rules.RulesVersionView;
import org.talentbridge.rules.TableDiff;
import org.talentbridge.rules.WhatIf;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The policy office (administrators): rules versions and their history; a draft uploaded as changed .dmn files and
 * validated; the regression gate (changed policy cases side by side, acknowledged with a reason); activation from a
 * date; for the selected version its tables' changes against the version it was based on.
 */
@Route("admin/rules")
@Menu(order = 86, title = "nav.rules")
@RolesAllowed("ADMIN")
public class RulesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = 256 * 1024;

    final Grid<RulesVersionView> versions = new Grid<>();
    final TextField name = new TextField(getTranslation("rules.field.name"));
    final TextField description = new TextField(getTranslation("rules.field.description"));
    final Map<String, String> uploaded = new LinkedHashMap<>();
    final Upload upload;
    final TextField files = new TextField(getTranslation("rules.field.files"));
    final Button createDraft = new Button(getTranslation("rules.createDraft"));
    final Div details = new Div();
    final H3 selectedTitle = new H3();
    final Paragraph selectedFacts = new Paragraph();
    final Grid<TableDiff.Change> diff = new Grid<>();
    final Button runGate = new Button(getTranslation("rules.runGate"));
    final Paragraph gateSummary = new Paragraph();
    final Grid<RegressionGate.Change> gate = new Grid<>();
    final TextArea reason = new TextArea(getTranslation("rules.field.reason"));
    final Button acknowledge = new Button(getTranslation("rules.acknowledge"));
    final IsoDatePicker effectiveFrom = new IsoDatePicker(getTranslation("rules.field.effectiveFrom"));
    final Button activate = new Button(getTranslation("rules.activate"));
    private final FormErrors draftErrors = new FormErrors(this);
    private final FormErrors gateErrors = new FormErrors(this);
    private final transient RulesVersionService service;
    private final transient RegressionGate regression;
    final WhatIfPanel whatIfPanel;
    final ComboBox<RoundView> pinRound = new ComboBox<>(getTranslation("rules.whatIf.round"));
    final Button pin = new Button(getTranslation("rules.pin"));
    final H3 whatIfTitle = new H3(getTranslation("rules.whatIf.title"));
    final H3 rescreenTitle = new H3(getTranslation("rules.rescreen.title"));
    final Paragraph rescreenHelp = new Paragraph(getTranslation("rules.rescreen.help"));
    final TextArea rescreenCases = new TextArea(getTranslation("rules.rescreen.caseNumbers"));
    final TextArea rescreenReason = new TextArea(getTranslation("rules.field.reason"));
    final Button rescreen = new Button(getTranslation("rules.rescreen.start"));
    final Paragraph rescreenSummary = new Paragraph();
    final Grid<Rescreening.Result> rescreened = new Grid<>();
    private final FormErrors rescreenErrors = new FormErrors(this);
    private final transient Rescreening rescreening;
    private RulesVersionView selected;

    public RulesView(RulesVersionService service, RegressionGate regression, WhatIf whatIf, RoundService rounds,
                     Rescreening rescreening) {
        this.service = service;
        this.rescreening = rescreening;
        this.regression = regression;
        this.whatIfPanel = new WhatIfPanel(whatIf, rounds);
        pinRound.setItemLabelGenerator(RoundView::name);
        pinRound.setItems(rounds.all());
        pinRound.setWidth("24em");
        pin.addClickListener(e -> act(() -> {
            if (pinRound.getValue() == null) {
                throw InvalidInputException.of("roundId", "validation.required");
            }
            service.pin(pinRound.getValue().id(), selected.name());
            Notification.show(getTranslation("rules.pinned", pinRound.getValue().name(), selected.name()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        versions.setAllRowsVisible(true);
        versions.addColumn(RulesVersionView::name).setHeader(getTranslation("rules.field.name")).setFlexGrow(2);
        versions.addColumn(v -> getTranslation("rules.state." + v.state())).setHeader(getTranslation("rules.column.state"));
        versions.addColumn(v -> v.effectiveFrom() == null ? "" : Labels.date(v.effectiveFrom()))
                .setHeader(getTranslation("rules.field.effectiveFrom"));
        versions.addColumn(v -> v.basedOn() == null ? "" : v.basedOn()).setHeader(getTranslation("rules.column.basedOn"));
        versions.addColumn(v -> v.createdBy() + " " + Labels.dateTime(v.createdAt())).setHeader(getTranslation("rules.column.uploaded"));
        versions.addColumn(v -> v.activatedBy() == null ? "" : v.activatedBy() + " " + Labels.dateTime(v.activatedAt()))
                .setHeader(getTranslation("rules.column.activated"));
        versions.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                try (InputStream in = event.getInputStream()) {
                    byte[] content = in.readNBytes(MAX_UPLOAD_BYTES + 1); // one more: the service refuses it
                    event.getUI().access(() -> {
                        uploaded.put(event.getFileName(), new String(content, StandardCharsets.UTF_8));
                        files.setValue(String.join(", ", uploaded.keySet()));
                    });
                }
            }
        });
        upload.setAcceptedFileTypes(".dmn");
        upload.setMaxFiles(RulesVersionService.MAX_FILES);
        upload.addFileRemovedListener(e -> {
            uploaded.remove(e.getFileName());
            files.setValue(String.join(", ", uploaded.keySet()));
        });
        files.setReadOnly(true);
        files.setWidthFull();
        draftErrors.bind("name", name).bind("description", description).bind("files", files);
        createDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createDraft.addClickListener(e -> createDraft());

        diff.setAllRowsVisible(true);
        diff.addColumn(c -> getTranslation("rules.diff." + c.kind())).setHeader(getTranslation("rules.column.change"));
        diff.addColumn(TableDiff.Change::table).setHeader(getTranslation("rules.column.table"));
        diff.addColumn(TableDiff.Change::rule).setHeader(getTranslation("rules.column.rule"));
        diff.addColumn(TableDiff.Change::column).setHeader(getTranslation("rules.column.cell"));
        diff.addColumn(TableDiff.Change::before).setHeader(getTranslation("rules.column.before")).setFlexGrow(2);
        diff.addColumn(TableDiff.Change::after).setHeader(getTranslation("rules.column.after")).setFlexGrow(2);
        diff.setEmptyStateText(getTranslation("rules.diff.none"));

        gate.setAllRowsVisible(true);
        gate.setSelectionMode(Grid.SelectionMode.MULTI); // acknowledged one by one, or all with the header box
        gate.addColumn(RegressionGate.Change::caseId).setHeader(getTranslation("rules.column.case"));
        gate.addColumn(RegressionGate.Change::description).setHeader(getTranslation("rules.column.description")).setFlexGrow(2);
        gate.addColumn(c -> answer(c.before())).setHeader(getTranslation("rules.column.before")).setFlexGrow(2);
        gate.addColumn(c -> answer(c.after())).setHeader(getTranslation("rules.column.after")).setFlexGrow(2);
        gate.setEmptyStateText(getTranslation("rules.gate.noChanges"));
        runGate.addClickListener(e -> act(() -> showGate(regression.run(selected.name()))));
        gateErrors.bind("reason", reason).bind("caseIds", reason).bind("gate", reason).bind("effectiveFrom", effectiveFrom)
                .bind("name", effectiveFrom)
                .bind("roundId", pinRound).bind("rulesVersion", pinRound);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        acknowledge.addClickListener(e -> act(() -> showGate(regression.acknowledge(selected.name(),
                gate.getSelectedItems().stream().map(RegressionGate.Change::caseId).collect(Collectors.toSet()), reason.getValue()))));
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(e -> {
            gateErrors.clear();
            if (gateErrors.refuseUnreadableDates()) {
                return;
            }
            act(() -> {
                RulesVersionView done = service.activate(selected.name(), effectiveFrom.getValue());
                Notification.show(getTranslation("rules.activated", done.name(), Labels.date(done.effectiveFrom())), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh(done.name());
            });
        });
        rescreenCases.setWidthFull();
        rescreenCases.setPlaceholder(getTranslation("rules.rescreen.placeholder"));
        rescreenReason.setWidthFull();
        rescreenReason.setMaxLength(1000);
        rescreenErrors.bind("caseNumbers", rescreenCases).bind("reason", rescreenReason);
        rescreened.setAllRowsVisible(true);
        rescreened.addColumn(r -> getTranslation("rules.pathway." + r.pathway())).setHeader(getTranslation("rules.column.pathway"));
        rescreened.addColumn(Rescreening.Result::caseNumber).setHeader(getTranslation("field.caseNumber"));
        rescreened.addColumn(r -> getTranslation(("S".equals(r.pathway()) ? "skilleval.status." : "caseStatus.") + r.status()))
                .setHeader(getTranslation("rules.column.state"));
        rescreened.addColumn(r -> outcome(r.eligibleBefore(), r.levelBefore())).setHeader(getTranslation("rules.column.before"));
        rescreened.addColumn(r -> outcome(r.eligibleAfter(), r.levelAfter())).setHeader(getTranslation("rules.column.after"));
        rescreened.addColumn(r -> getTranslation(r.changed() ? "rules.rescreen.changed" : "rules.rescreen.unchanged"))
                .setHeader(getTranslation("rules.rescreen.notified"));
        rescreened.setVisible(false);
        rescreen.addClickListener(e -> rescreen());
        details.add(selectedTitle, selectedFacts, new H3(getTranslation("rules.diff.title")), diff,
                new H3(getTranslation("rules.gate.title")), runGate, gateSummary, gate, reason, acknowledge,
                whatIfTitle, whatIfPanel, new FormLayout(effectiveFrom), activate, new FormLayout(pinRound), pin,
                rescreenTitle, rescreenHelp, rescreenCases, rescreenReason, rescreen, rescreenSummary, rescreened);
        details.setVisible(false);
        details.setWidthFull();
        add(versions, details, new H3(getTranslation("rules.newDraft")), new Paragraph(getTranslation("rules.newDraft.help")),
                new FormLayout(name, description), upload, files, createDraft);
    }

    private void createDraft() {
        draftErrors.clear();
        try {
            RulesVersionView draft = service.upload(name.getValue(), description.getValue(), Map.copyOf(uploaded));
            Notification.show(getTranslation("rules.draftCreated", draft.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            uploaded.clear();
            upload.clearFileList();
            files.clear();
            name.clear();
            description.clear();
            refresh(draft.name());
        } catch (InvalidInputException ex) {
            // every problem of an uploaded file (table, rule, reason) beside the upload, all of them
            draftErrors.show(new InvalidInputException(ex.getProblems().stream().filter(p -> !p.field().startsWith("files[")).toList()));
            List<String> fileProblems = ex.getProblems().stream().filter(p -> p.field().startsWith("files["))
                    .map(p -> FormErrors.message(this, p)).toList();
            if (!fileProblems.isEmpty()) {
                files.setErrorMessage(String.join(" · ", fileProblems));
                files.setInvalid(true);
            }
        }
    }

    private void rescreen() {
        rescreenErrors.clear();
        try {
            List<Rescreening.Result> results = rescreening.rescreen(Rescreening.caseNumbers(rescreenCases.getValue()),
                    rescreenReason.getValue());
            rescreened.setItems(results);
            rescreened.setVisible(true);
            rescreenSummary.setText(getTranslation("rules.rescreen.done", results.size(),
                    results.stream().filter(Rescreening.Result::changed).count(), selected.name()));
        } catch (InvalidInputException ex) {
            rescreenErrors.show(ex);
        }
    }

    private String outcome(boolean eligible, String level) {
        return getTranslation(eligible ? "rules.rescreen.eligible" : "rules.rescreen.notEligible", level == null ? "—" : level);
    }

    private void act(Runnable action) {
        gateErrors.clear();
        try {
            action.run();
        } catch (InvalidInputException ex) {
            gateErrors.show(ex);
        }
    }

    private void select(RulesVersionView version) {
        selected = version;
        details.setVisible(version != null);
        if (version == null) {
            return;
        }
        selectedTitle.setText(version.name() + " · " + getTranslation("rules.state." + version.state()));
        selectedFacts.setText(getTranslation("rules.facts", version.description() == null ? "" : version.description(),
                version.tables().stream().map(t -> t.key() + ".v" + t.revision()).collect(Collectors.joining(", "))));
        diff.setItems(service.diff(version.name()));
        boolean draft = version.state() == RulesVersionView.State.DRAFT;
        runGate.setVisible(draft);
        reason.setVisible(draft);
        acknowledge.setVisible(draft);
        effectiveFrom.setVisible(draft);
        activate.setVisible(draft);
        whatIfPanel.show(version.name()); // drafts run a what-if; every version shows its reports
        whatIfPanel.start.setVisible(draft);
        whatIfPanel.round.setVisible(draft);
        pinRound.setVisible(!draft); // a draft never decides a real case
        pin.setVisible(!draft);
        boolean active = version.state() == RulesVersionView.State.ACTIVE; // re-screening is under the active version
        for (com.vaadin.flow.component.Component c : List.of(rescreenTitle, rescreenHelp, rescreenCases, rescreenReason,
                rescreen, rescreenSummary)) {
            c.setVisible(active);
        }
        rescreened.setVisible(false);
        rescreenSummary.setText("");
        regression.latest(version.name()).ifPresentOrElse(this::showGate, () -> {
            gate.setItems(List.of());
            gateSummary.setText(getTranslation("rules.gate.notRunYet"));
        });
    }

    private void showGate(RegressionGate.Run run) {
        gate.setItems(run.changed());
        if (run.acknowledged()) {
            run.changed().forEach(gate::select);
        }
        gateSummary.setText(run.acknowledged()
                ? getTranslation("rules.gate.acknowledgedSummary", run.changed().size(), run.cases(), run.runBy(),
                        Labels.dateTime(run.runAt()), run.acknowledgedBy(), Labels.dateTime(run.acknowledgedAt()), run.reason())
                : getTranslation("rules.gate.summary", run.changed().size(), run.cases(), run.runBy(), Labels.dateTime(run.runAt())));
        acknowledge.setEnabled(!run.acknowledged());
    }

    private String answer(Answer a) {
        return getTranslation(a.eligible() ? "rules.answer.eligible" : "rules.answer.notEligible",
                a.level() == null ? "—" : a.level(), a.route() == null ? "—" : a.route(), a.rule() == null ? "—" : a.rule());
    }

    private void refresh(String select) {
        versions.setItems(service.versions(true));
        if (select != null) {
            service.version(select, true).ifPresent(v -> {
                versions.select(v);
                select(v);
            });
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rules");
    }
}
