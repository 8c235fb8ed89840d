package org.talentbridge.shared.evidence;

/**
 * A file someone attaches as evidence (an objector, an integrity officer): its name and the type the browser declared
 * (neither is trusted), and its bytes. A file sent without a name is stored as {@value #UNNAMED}, so that no caller
 * trips over a missing name.
 */
public record EvidenceFile(String fileName, String declaredType, byte[] content) {

    public static final String UNNAMED = "unnamed";

    public EvidenceFile {
        fileName = fileName == null || fileName.isBlank() ? UNNAMED : fileName.strip();
    }
}
