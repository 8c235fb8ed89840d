package org.talentbridge.monitoring;

/** A retry batch: how many jobs it covers, how many are done and failed, and whether it has ended. */
public record BatchProgress(String batchId, int total, int completed, int failed, boolean ended) {
}
