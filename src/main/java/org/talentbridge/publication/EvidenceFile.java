package org.talentbridge.publication;

/** A file an objector attaches: its name and the type the browser declared (neither is trusted), and its bytes. */
public record EvidenceFile(String fileName, String declaredType, byte[] content) {
}
