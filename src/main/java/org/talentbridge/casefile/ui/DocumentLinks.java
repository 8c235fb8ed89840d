package org.talentbridge.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.casefile.DocumentContent;

/**
 * The two links of a document: open (inline, in the browser's own PDF or image viewer, a new tab) and download. The
 * bytes are fetched by the service only when a link is followed, so each click is one audited read; the type sent is
 * the one its first bytes showed (PDF, JPEG or PNG, never an active type), with X-Content-Type-Options: nosniff from
 * the security headers.
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static Component of(Component owner, String fileName, Supplier<DocumentContent> read) {
        Anchor open = new Anchor(handler(read).inline(), owner.getTranslation("casefile.open"));
        open.setTarget("_blank");
        open.getElement().setAttribute("rel", "noopener");
        open.getElement().setAttribute("aria-label", owner.getTranslation("casefile.openNamed", fileName));
        Anchor download = new Anchor(handler(read), owner.getTranslation("casefile.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", owner.getTranslation("casefile.downloadNamed", fileName));
        HorizontalLayout links = new HorizontalLayout(open, download);
        links.setSpacing(true);
        Span name = new Span(fileName);
        name.getStyle().set("font-weight", "500").set("overflow-wrap", "anywhere");
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(name, links);
        return cell;
    }

    private static com.vaadin.flow.server.streams.InputStreamDownloadHandler handler(Supplier<DocumentContent> read) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentContent file = read.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(404);
            }
        });
    }

    /** 1.2 MB, 340 KB, 12 B. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
    }
}
