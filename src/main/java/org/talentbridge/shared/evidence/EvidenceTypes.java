package org.talentbridge.shared.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The evidence limits: at most {@code maxFiles} files, each non-empty and at most {@code maxFileSize}, each a PDF,
 * JPEG or PNG by its first bytes (a declared type or file name that says otherwise does not help).
 */
public final class EvidenceTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private EvidenceTypes() {
    }

    /** The type the content's first bytes show, if it is one of the three allowed. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** Every problem of the files, on the field {@code files}, naming the file; empty when they may be stored. */
    public static List<FieldProblem> problems(List<EvidenceFile> files, int maxFiles, long maxFileBytes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (files.size() > maxFiles) {
            problems.add(new FieldProblem("files", "validation.evidenceTooMany", maxFiles));
        }
        long maxMb = Math.max(1, maxFileBytes / (1024 * 1024));
        for (EvidenceFile f : files) {
            String name = f.fileName(); // never blank: EvidenceFile names a nameless file
            byte[] content = f.content() == null ? new byte[0] : f.content();
            if (content.length == 0) {
                problems.add(new FieldProblem("files", "validation.evidenceEmpty", name));
            } else if (content.length > maxFileBytes) {
                problems.add(new FieldProblem("files", "validation.evidenceTooLarge", name, maxMb));
            } else if (detect(content).isEmpty()) {
                problems.add(new FieldProblem("files", "validation.evidenceType", name));
            } else if (f.declaredType() != null && !f.declaredType().isBlank()
                    && !declaredMatches(f.declaredType(), detect(content).orElseThrow())) {
                problems.add(new FieldProblem("files", "validation.evidenceTypeMismatch", name));
            }
            if (name.length() > 255) {
                problems.add(new FieldProblem("files", "validation.evidenceName", name.substring(0, 40)));
            }
        }
        return problems;
    }

    private static boolean declaredMatches(String declared, String detected) {
        String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
        return d.equals(detected) || (detected.equals(JPEG) && d.equals("image/pjpeg"))
                || d.equals("application/octet-stream");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
