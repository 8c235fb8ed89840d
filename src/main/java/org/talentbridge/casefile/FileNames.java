package org.talentbridge.casefile;

import java.util.Locale;
import org.talentbridge.shared.evidence.EvidenceTypes;

/**
 * A stored document's name: the last path segment of what the browser sent, without control characters or characters
 * that mean something to a file system or a header, at most 120 characters, ending in the extension of the type its
 * bytes showed (a PNG called {@code x.pdf} never gets this far; a PDF called {@code scan} becomes {@code scan.pdf}).
 */
public final class FileNames {

    static final int MAX = 120;

    private FileNames() {
    }

    public static String sanitise(String sent, String contentType) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*;%]", "_").strip().replaceAll("^[.\\s]+", "");
        String extension = extension(contentType);
        if (name.isEmpty()) {
            name = "document";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)
                && !(extension.equals(".jpg") && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            name = name + extension;
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case EvidenceTypes.PDF -> ".pdf";
            case EvidenceTypes.JPEG -> ".jpg";
            case EvidenceTypes.PNG -> ".png";
            default -> throw new IllegalArgumentException(contentType);
        };
    }
}
