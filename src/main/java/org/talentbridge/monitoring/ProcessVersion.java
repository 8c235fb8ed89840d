package org.talentbridge.monitoring;

/** One deployed version of a process. */
public record ProcessVersion(String definitionId, String key, int version) {
}
