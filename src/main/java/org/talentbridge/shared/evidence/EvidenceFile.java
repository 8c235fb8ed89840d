package org.talentbridge.shared.evidence;

/** A file someone attaches as evidence (an objector, an integrity officer): its name and the type the browser declared (neither is trusted), and its bytes. */
public record EvidenceFile(String fileName, String declaredType, byte[] content) {
}
