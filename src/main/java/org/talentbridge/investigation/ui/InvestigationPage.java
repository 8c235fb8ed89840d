package org.talentbridge.investigation.ui;

import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.investigation.InvestigationDetail;
import org.talentbridge.investigation.InvestigationFileContent;
import org.talentbridge.investigation.InvestigationProcess;
import org.talentbridge.investigation.InvestigationProperties;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.InvestigationStatus;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * One investigation (its case screen): the facts, the cases and certificates it concerns, the record (notes and evidence
 * files), and the actions its open task allows. Administrators read only. The officer who proposed a finding sees
 * that a second officer must approve it (four eyes) instead of the approval buttons; the service refuses it anyway.
 * Every action reloads the screen from the service.
 * <p>Longer than 300 lines on purpose: one case screen whose parts (facts, subjects, record, task actions, dialogs)
 * the Karibu tests address by name; it holds no rule of its own, only calls to {@code InvestigationService}.
 */
@Route("integrity/investigations")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class InvestigationPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final FormLayout facts = new FormLayout();
    final Grid<InvestigationDetail.Subject> subjects = new Grid<>();
    final Grid<InvestigationDetail.Note> notes = new Grid<>();
    final Grid<InvestigationDetail.FileInfo> files = new Grid<>();
    final Anchor personLink = new Anchor();
    final Anchor entryLink = new Anchor();
    /** Problems of the task itself (taken by someone else, gone, four eyes). */
    final ErrorLine taskError = new ErrorLine();
    final Paragraph taskState = new Paragraph();
    final Paragraph fourEyes = new Paragraph();
    final Button claim = new Button();
    final Button release = new Button();

    final TextArea note = new TextArea();
    final Button addNote = new Button();
    final Upload upload;
    final ErrorLine uploadError = new ErrorLine();
    final Button addFiles = new Button();
    /** Filled by the upload's request thread, read by the UI thread. */
    final List<EvidenceFile> uploaded = Collections.synchronizedList(new ArrayList<>());

    final TextArea question = new TextArea();
    final IsoDatePicker due = new IsoDatePicker();
    final Button requestStatement = new Button();
    final TextArea unfoundedReason = new TextArea();
    final Button closeUnfounded = new Button();
    final ComboBox<IntegrityFinding> finding = new ComboBox<>();
    final TextArea findingFacts = new TextArea();
    final IsoDatePicker activeUntil = new IsoDatePicker();
    final Button propose = new Button();

    final TextArea paperStatement = new TextArea();
    final Button recordStatement = new Button();

    final TextArea decision = new TextArea();
    final Button approve = new Button();
    final TextArea refuseReason = new TextArea();
    final Button refuse = new Button();

    private final transient InvestigationService service;
    private final InvestigationProperties limits;
    private final int defaultYears;
    private final boolean officer;
    private final String me;
    private String number;
    InvestigationDetail detail;

    /** The subjects' case files (issue 15); set by Spring, so that the constructor stays as it is. */
    private transient org.talentbridge.casefile.CaseFileService caseFiles;

    @org.springframework.beans.factory.annotation.Autowired
    void caseFiles(org.talentbridge.casefile.CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    public InvestigationPage(InvestigationService service, InvestigationProperties limits,
                             org.talentbridge.integrity.IntegrityProperties integrity, AuthenticationContext authentication) {
        this.defaultYears = integrity.defaultYears();
        this.service = service;
        this.limits = limits;
        this.officer = authentication.hasRole("INTEGRITY_OFFICER");
        this.me = authentication.getPrincipalName().orElse("");
        long maxBytes = limits.maxFileBytes();
        subjects.setAllRowsVisible(true);
        subjects.addColumn(s -> s.caseNumber() != null ? getTranslation("investigation.subject.case", s.caseNumber())
                : getTranslation("investigation.subject.certificate", s.certificateNumber()))
                .setHeader(getTranslation("investigation.subject"));
        subjects.addColumn(this::stateLabel).setHeader(getTranslation("investigation.subjectState"));
        subjects.addColumn(s -> s.objectionId() == null ? "" : String.valueOf(s.objectionId()))
                .setHeader(getTranslation("investigation.objection"));
        notes.setAllRowsVisible(true);
        notes.addColumn(n -> Labels.dateTime(n.writtenAt())).setHeader(getTranslation("investigation.writtenAt")).setAutoWidth(true);
        notes.addColumn(n -> getTranslation("investigation.noteKind." + n.kind())).setHeader(getTranslation("investigation.noteKind"))
                .setAutoWidth(true);
        notes.addColumn(InvestigationDetail.Note::author).setHeader(getTranslation("investigation.author")).setAutoWidth(true);
        notes.addColumn(this::noteText).setHeader(getTranslation("investigation.noteText")).setFlexGrow(4);
        notes.setEmptyStateText(getTranslation("investigation.notesEmpty"));
        files.setAllRowsVisible(true);
        files.addComponentColumn(this::download).setHeader(getTranslation("investigation.fileName")).setFlexGrow(2);
        files.addColumn(f -> Math.max(1, f.sizeBytes() / 1024) + " KB").setHeader(getTranslation("investigation.fileSize"));
        files.addColumn(InvestigationDetail.FileInfo::uploadedBy).setHeader(getTranslation("investigation.author"));
        files.addColumn(f -> Labels.dateTime(f.uploadedAt())).setHeader(getTranslation("investigation.writtenAt"));
        files.setEmptyStateText(getTranslation("investigation.filesEmpty"));

        claim.setText(getTranslation("investigation.claim"));
        release.setText(getTranslation("investigation.release"));
        note.setLabel(getTranslation("investigation.note"));
        addNote.setText(getTranslation("investigation.addNote"));
        addFiles.setText(getTranslation("investigation.addFiles"));
        question.setLabel(getTranslation("investigation.question"));
        due.setLabel(getTranslation("investigation.due"));
        due.setHelperText(getTranslation("investigation.dueHelp", limits.statementDaysMin(),
                limits.statementDaysMax()));
        requestStatement.setText(getTranslation("investigation.requestStatement"));
        unfoundedReason.setLabel(getTranslation("investigation.unfoundedReason"));
        closeUnfounded.setText(getTranslation("investigation.closeUnfounded"));
        finding.setLabel(getTranslation("field.finding"));
        finding.setItems(Arrays.stream(IntegrityFinding.values()).filter(f -> f != IntegrityFinding.LIFTED).toList());
        finding.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        findingFacts.setLabel(getTranslation("field.facts"));
        activeUntil.setLabel(getTranslation("field.activeUntil"));
        activeUntil.setHelperText(getTranslation("integrity.activeUntil.help"));
        propose.setText(getTranslation("investigation.propose"));
        paperStatement.setLabel(getTranslation("investigation.paperStatement"));
        recordStatement.setText(getTranslation("investigation.recordStatement"));
        decision.setLabel(getTranslation("investigation.decision"));
        approve.setText(getTranslation("investigation.approve"));
        refuseReason.setLabel(getTranslation("investigation.refuseReason"));
        refuse.setText(getTranslation("investigation.refuse"));
        int maxText = limits.maxTextLength();
        for (TextArea area : List.of(note, question, unfoundedReason, findingFacts, paperStatement, decision, refuseReason)) {
            area.setMaxLength(maxText);
            area.setWidthFull();
        }
        for (Button primary : List.of(requestStatement, propose, recordStatement, approve, addNote, addFiles)) {
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        closeUnfounded.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);

        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                try (InputStream in = event.getInputStream()) {
                    // one byte beyond the limit is enough for the service to refuse the file
                    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
                    uploaded.add(new EvidenceFile(event.getFileName(), event.getContentType(), content));
                }
            }
        });
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> uploaded.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.addFileRejectedListener(e -> {
            uploadError.setErrorMessage(e.getErrorMessage());
            uploadError.setInvalid(true);
        });

        FormErrors taskErrors = errors();
        FormErrors noteErrors = errors().bind("note", note);
        FormErrors fileErrors = errors().bind("files", uploadError);
        FormErrors statementRequestErrors = errors().bind("question", question).bind("due", due);
        FormErrors unfoundedErrors = errors().bind("reason", unfoundedReason);
        FormErrors proposeErrors = errors().bind("finding", finding).bind("facts", findingFacts).bind("activeUntil", activeUntil);
        FormErrors paperErrors = errors().bind("statement", paperStatement);
        FormErrors approveErrors = errors().bind("decision", decision);
        FormErrors refuseErrors = errors().bind("reason", refuseReason);

        claim.addClickListener(e -> act(taskErrors, () -> service.claim(number), "investigation.claimed"));
        release.addClickListener(e -> act(taskErrors, () -> service.unclaim(number), "investigation.released"));
        addNote.addClickListener(e -> act(noteErrors, () -> service.addNote(number, note.getValue()), "investigation.noteAdded"));
        addFiles.addClickListener(e -> {
            List<EvidenceFile> attached;
            synchronized (uploaded) {
                attached = List.copyOf(uploaded);
            }
            if (act(fileErrors, () -> service.addFiles(number, attached), "investigation.filesAdded")) {
                uploaded.clear();
                upload.clearFileList();
            }
        });
        requestStatement.addClickListener(e -> act(statementRequestErrors,
                () -> service.requestStatement(number, question.getValue(), due.getValue()), "investigation.statementRequested"));
        closeUnfounded.addClickListener(e -> act(unfoundedErrors,
                () -> service.closeUnfounded(number, unfoundedReason.getValue()), "investigation.closedUnfounded"));
        propose.addClickListener(e -> act(proposeErrors, () -> service.proposeFinding(number, finding.getValue(),
                findingFacts.getValue(), activeUntil.getValue()), "investigation.proposed"));
        recordStatement.addClickListener(e -> act(paperErrors,
                () -> service.recordStatement(number, paperStatement.getValue()), "investigation.statementRecorded"));
        approve.addClickListener(e -> act(approveErrors, () -> service.approve(number, decision.getValue()),
                "investigation.approved"));
        refuse.addClickListener(e -> act(refuseErrors, () -> service.refuseFinding(number, refuseReason.getValue()),
                "investigation.refused"));
    }

    /** Problems of the task, the four-eyes rule or the investigation itself go to the line above the actions. */
    private FormErrors errors() {
        return new FormErrors(this).bind("task", taskError).bind("approver", taskError).bind("number", taskError);
    }

    /** Runs an action; on success says so and reloads, on refusal shows the problems beside their fields. */
    private boolean act(FormErrors errors, Runnable action, String doneKey) {
        taskError.setInvalid(false);
        errors.clear();
        if (errors.refuseUnreadableDates()) {
            return false;
        }
        try {
            action.run();
        } catch (InvalidInputException ex) {
            errors.show(ex);
            return false;
        }
        Notification.show(getTranslation(doneKey, number), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        for (TextArea area : List.of(note, question, unfoundedReason, findingFacts, paperStatement, decision, refuseReason)) {
            area.clear();
        }
        due.clear();
        finding.clear();
        activeUntil.clear();
        show();
        return true;
    }

    @Override
    public void setParameter(BeforeEvent event, String number) {
        this.number = number;
        show();
    }

    private void show() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("investigation.backToInbox"), InvestigationsView.class);
        try {
            detail = service.detail(number);
        } catch (InvalidInputException e) {
            detail = null;
            add(new Paragraph(getTranslation("validation.notFound")), back);
            return;
        }
        InvestigationDetail d = detail;
        personLink.setText(getTranslation("investigation.personHistory"));
        personLink.setHref("integrity/person?investigation=" + URLEncoder.encode(d.number(), StandardCharsets.UTF_8));
        HorizontalLayout links = new HorizontalLayout(back, personLink);
        if (d.integrityEntryId() != null) {
            entryLink.setText(getTranslation("investigation.entryLink", d.integrityEntryId()));
            entryLink.setHref("integrity/file/" + d.integrityEntryId());
            links.add(entryLink);
        }
        add(links, new H2(getTranslation("investigation.title", d.number())));

        facts.removeAll();
        facts.add(Labels.readOnly(this, "investigation.status", getTranslation(d.status().messageKey())),
                Labels.readOnly(this, "investigation.source", getTranslation(d.source().messageKey())),
                Labels.readOnly(this, "field.personName", d.personName()),
                Labels.readOnly(this, "field.idNumber", d.personIdMasked()),
                Labels.readOnly(this, "investigation.hasAccount",
                        getTranslation(d.personHasAccount() ? "investigation.yes" : "investigation.no")),
                Labels.readOnly(this, "investigation.openedBy", openedBy(d.openedBy()) + " " + Labels.dateTime(d.openedAt())));
        if (d.status() == InvestigationStatus.AWAITING_STATEMENT) {
            facts.add(Labels.readOnly(this, "investigation.statementDue", Labels.dateTime(d.statementDue())));
        }
        if (d.proposedFinding() != null) {
            facts.add(Labels.readOnly(this, "investigation.proposedFinding", getTranslation(d.proposedFinding().messageKey())),
                    Labels.readOnly(this, "investigation.proposedBy", d.proposedBy()),
                    Labels.readOnly(this, "field.activeUntil", d.proposedUntil() != null ? Labels.date(d.proposedUntil())
                            : getTranslation("investigation.untilDefault", defaultYears)));
        }
        if (d.decidedBy() != null) {
            facts.add(Labels.readOnly(this, "investigation.decidedBy", d.decidedBy() + " " + Labels.dateTime(d.decidedAt())));
        }
        add(facts, readOnlyArea("investigation.allegation", d.allegation()));
        if (d.proposedFacts() != null) {
            add(readOnlyArea("investigation.proposedFacts", d.proposedFacts()));
        }
        if (d.outcome() != null) {
            add(readOnlyArea("investigation.outcome", d.outcome()));
        }
        subjects.setItems(d.subjects());
        notes.setItems(d.notes());
        files.setItems(d.files());
        add(new H3(getTranslation("investigation.subjects")), subjects, new H3(getTranslation("investigation.record")), notes,
                new H3(getTranslation("investigation.files")), files);
        d.subjects().stream().map(InvestigationDetail.Subject::caseNumber).filter(java.util.Objects::nonNull).distinct()
                .forEach(n -> add(org.talentbridge.casefile.ui.CaseFilePanel.of(caseFiles, n, this))); // casefile
        if (officer && d.status().isOpen()) {
            add(new H3(getTranslation("investigation.actions")), taskError);
            taskActions(d);
            add(new H3(getTranslation("investigation.addToRecord")), note, addNote,
                    new Paragraph(getTranslation("investigation.fileLimits", limits.maxFiles(),
                            Math.max(1, limits.maxFileBytes() / (1024 * 1024)))), upload, uploadError, addFiles);
        }
    }

    private void taskActions(InvestigationDetail d) {
        if (d.status() == InvestigationStatus.AWAITING_STATEMENT) {
            taskState.setText(getTranslation(d.personHasAccount() ? "investigation.waitingForStatement"
                    : "investigation.waitingForPaperStatement", Labels.dateTime(d.statementDue())));
            add(taskState, paperStatement, recordStatement);
            return;
        }
        if (d.taskKey() == null) {
            return;
        }
        boolean approval = InvestigationProcess.TASK_APPROVE_FINDING.equals(d.taskKey());
        if (approval && !d.mayApprove()) {
            fourEyes.setText(getTranslation("investigation.fourEyes"));
            add(fourEyes);
            return;
        }
        if (d.assignee() != null && !d.assignee().equals(me)) {
            taskState.setText(getTranslation("investigation.takenBy", d.assignee()));
            add(taskState);
            return;
        }
        taskState.setText(getTranslation(d.assignee() == null ? "investigation.unassigned" : "investigation.yours"));
        add(new HorizontalLayout(taskState, d.assignee() == null ? claim : release));
        if (approval) {
            add(new H3(getTranslation("investigation.approveTitle")), decision, approve, refuseReason, refuse);
        } else {
            add(new H3(getTranslation("investigation.requestStatementTitle")), new FormLayout(question, due), requestStatement,
                    new H3(getTranslation("investigation.proposeTitle")), new FormLayout(finding, activeUntil), findingFacts,
                    propose, new H3(getTranslation("investigation.unfoundedTitle")), unfoundedReason, closeUnfounded);
        }
    }

    private String stateLabel(InvestigationDetail.Subject s) {
        return s.stateKey() == null ? "" : getTranslation(s.stateKey());
    }

    private Component download(InvestigationDetail.FileInfo f) {
        long id = f.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            InvestigationFileContent file = service.file(id);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), f.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private TextArea readOnlyArea(String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(Objects.toString(value, ""));
        area.setReadOnly(true);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("nav.investigations") : getTranslation("investigation.title", detail.number());
    }

    /** Who opened it: a username, or an objection from the public ({@code objection:<id>}). */
    private String openedBy(String openedBy) {
        return openedBy != null && openedBy.startsWith("objection:")
                ? getTranslation("investigation.openedByObjection", openedBy.substring("objection:".length())) : openedBy;
    }

    /**
     * A note as the reader reads it: notes written by people as written; what the system records as data (a proposal's
     * finding, a missed deadline, the consequences of a finding) in the reader's language.
     */
    String noteText(InvestigationDetail.Note n) {
        String text = n.text();
        switch (n.kind()) {
            case "PROPOSAL" -> {
                int colon = text.indexOf(": ");
                if (colon > 0) {
                    String label = getTranslation("integrity.finding." + text.substring(0, colon));
                    return label.startsWith("!") ? text : label + "：" + text.substring(colon + 2);
                }
                return text;
            }
            case "STATEMENT_MISSED" -> {
                try {
                    return getTranslation("investigation.statementMissedText",
                            Labels.dateTime(java.time.OffsetDateTime.parse(text)));
                } catch (java.time.format.DateTimeParseException e) {
                    return text;
                }
            }
            case "CONSEQUENCES" -> {
                java.util.Map<String, String> facts = new java.util.HashMap<>();
                for (String part : text.split(";")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        facts.put(part.substring(0, eq), part.substring(eq + 1));
                    }
                }
                String none = getTranslation("investigation.none");
                return getTranslation("investigation.consequencesText",
                        facts.getOrDefault("void", "").isEmpty() ? none : facts.get("void"), facts.getOrDefault("records", "0"),
                        facts.getOrDefault("stopped", "").isEmpty() ? none : facts.get("stopped"),
                        facts.getOrDefault("entry", ""), facts.getOrDefault("listed", "0"));
            }
            default -> {
                return text;
            }
        }
    }
}
