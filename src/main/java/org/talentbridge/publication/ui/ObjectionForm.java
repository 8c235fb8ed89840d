package org.talentbridge.publication.ui;

import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.talentbridge.publication.ObjectionRequest;
import org.talentbridge.publication.PublicEntry;
import org.talentbridge.publication.PublicationProperties;
import org.talentbridge.publication.Objections;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The real-name objection to one publicity entry: name, contact (phone or e-mail), optional ID number, statement and
 * evidence files. The upload holds at most one byte more than the limit of each file in memory; the service checks the
 * number, size and type (by the first bytes) again and refuses beyond them, naming the file.
 */
class ObjectionForm extends Dialog {

    final TextField objectorName = new TextField(getTranslation("objection.name"));
    final TextField idNumber = new TextField(getTranslation("objection.idNumber"));
    final TextField phone = new TextField(getTranslation("objection.phone"));
    final EmailField email = new EmailField(getTranslation("objection.email"));
    final TextArea statement = new TextArea(getTranslation("objection.statement"));
    final Upload upload;
    final Button submit = new Button(getTranslation("objection.submit"));
    /** Filled by the upload's request thread, read by the UI thread. */
    final List<EvidenceFile> files = Collections.synchronizedList(new ArrayList<>());

    ObjectionForm(Objections objections, PublicEntry entry, String clientAddress) {
        PublicationProperties limits = objections.limits();
        long maxBytes = limits.maxFileSize().toBytes();
        setHeaderTitle(getTranslation("objection.title", entry.maskedName(), entry.employerName() == null ? "" : entry.employerName()));
        objectorName.setMaxLength(50);
        objectorName.setRequiredIndicatorVisible(true);
        idNumber.setMaxLength(18);
        phone.setMaxLength(20);
        statement.setMaxLength(2000);
        statement.setRequiredIndicatorVisible(true);
        statement.setWidthFull();
        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                try (InputStream in = event.getInputStream()) {
                    // one byte beyond the limit is enough to refuse the file; the rest is never read into memory
                    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
                    if (files.size() <= limits.maxFiles()) {
                        files.add(new EvidenceFile(event.getFileName(), event.getContentType(), content));
                    }
                }
            }
        });
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        FormErrors errors = new FormErrors(this).bind("objectorName", objectorName).bind("idNumber", idNumber)
                .bind("phone", phone).bind("email", email).bind("statement", statement);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            errors.clear();
            try {
                List<EvidenceFile> attached;
                synchronized (files) {
                    attached = List.copyOf(files);
                }
                long id = objections.lodge(entry.id(), new ObjectionRequest(objectorName.getValue(),
                        idNumber.getValue(), phone.getValue(), email.getValue(), statement.getValue()), attached, clientAddress);
                Notification.show(getTranslation("objection.received", id), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        Button cancel = new Button(getTranslation("objection.cancel"), e -> close());
        FormLayout form = new FormLayout(objectorName, idNumber, phone, email);
        add(new Paragraph(getTranslation("objection.help")), form, statement,
                new Paragraph(getTranslation("objection.fileLimits", limits.maxFiles(), Math.max(1, maxBytes / (1024 * 1024)))),
                upload);
        getFooter().add(cancel, submit);
        setWidth("min(48rem, 95vw)");
    }
}
