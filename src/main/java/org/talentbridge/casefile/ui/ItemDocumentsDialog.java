package org.talentbridge.casefile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.DocumentView;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.VersionView;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The documents of one profile item, for its applicant: upload (the upload shows its progress) as a new document or
 * as a new version of one already there, open and download each version, the version history, remove. A refused file
 * is a field error naming it. The upload holds at most one byte more than the limit in memory.
 */
@org.springframework.modulith.NamedInterface("item-documents-dialog") // a screen part other modules' screens use: declared API
public class ItemDocumentsDialog extends Dialog {

    public final Upload upload;
    public final Select<DocumentView> replacing = new Select<>();
    public final Span error = new Span();
    final Grid<DocumentView> grid = new Grid<>();
    private final transient CaseFileService caseFiles;
    private final transient ItemRef item;
    private final transient Runnable onChange;

    public ItemDocumentsDialog(CaseFileService caseFiles, ItemRef item, String itemLabel, Runnable onChange) {
        this.caseFiles = caseFiles;
        this.item = item;
        this.onChange = onChange;
        long maxBytes = caseFiles.limits().maxFileSize().toBytes();
        setHeaderTitle(getTranslation("casefile.itemTitle", itemLabel));
        setWidth("min(60rem, 95vw)");
        replacing.setLabel(getTranslation("casefile.replacing"));
        replacing.setEmptySelectionAllowed(true);
        replacing.setEmptySelectionCaption(getTranslation("casefile.newDocument"));
        replacing.setItemLabelGenerator(d -> d == null ? getTranslation("casefile.newDocument") : d.current().fileName());
        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    // one byte beyond the limit is enough to refuse the file; the rest is never read into memory
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
                }
                EvidenceFile file = new EvidenceFile(event.getFileName(), event.getContentType(), content);
                event.getUI().access(() -> accept(file));
            }
        });
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setDropLabel(new Span(getTranslation("casefile.drop")));
        upload.setUploadButton(new Button(getTranslation("casefile.chooseFile")));
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("casefile.none"));
        grid.addComponentColumn(d -> DocumentLinks.of(this, d.current().fileName(), () -> caseFiles.openMine(d.current().id())))
                .setHeader(getTranslation("casefile.document")).setKey("file").setFlexGrow(3);
        grid.addColumn(d -> DocumentLinks.size(d.current().size())).setHeader(getTranslation("casefile.size"));
        grid.addComponentColumn(this::history).setHeader(getTranslation("casefile.history")).setKey("history").setFlexGrow(3);
        grid.addComponentColumn(d -> new Button(getTranslation("casefile.remove"), e -> {
            caseFiles.remove(d.id());
            refresh();
        })).setHeader("").setFlexGrow(0);
        add(new Paragraph(getTranslation("casefile.limits", Math.max(1, maxBytes / (1024 * 1024)),
                caseFiles.limits().maxFilesPerItem())), grid, replacing, upload, error);
        getFooter().add(new Button(getTranslation("casefile.close"), e -> close()));
        refresh();
    }

    /** Stores an uploaded file (new, or a new version of the document chosen in {@link #replacing}). */
    public void accept(EvidenceFile file) {
        error.setText("");
        try {
            if (replacing.getValue() == null) {
                caseFiles.upload(item, file);
            } else {
                caseFiles.replace(replacing.getValue().id(), file);
            }
            upload.clearFileList();
            refresh();
        } catch (InvalidInputException e) {
            error.setText(FormErrors.message(this, e));
            upload.clearFileList();
        }
    }

    private VerticalLayout historyList(DocumentView d) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (VersionView v : d.versions()) {
            list.add(DocumentLinks.of(this, getTranslation("casefile.version", v.versionNo(), v.fileName(),
                    Labels.date(v.uploadedAt().toLocalDate())), () -> caseFiles.openMine(v.id())));
        }
        return list;
    }

    private Details history(DocumentView d) {
        return new Details(getTranslation("casefile.versions", d.versions().size()), historyList(d));
    }

    private void refresh() {
        List<DocumentView> mine = caseFiles.myDocuments().stream().filter(d -> d.item().equals(item)).toList();
        grid.setItems(mine);
        replacing.setItems(mine);
        onChange.run();
    }

    public Grid<DocumentView> grid() {
        return grid;
    }

    public List<DocumentView> documents() {
        return grid.getListDataView().getItems().toList();
    }
}
