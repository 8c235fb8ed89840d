package org.talentbridge.casework;

/** What Task_Screening tells the process: go on, stop, or ask the committee secretary for the series first. */
record ScreeningOutcome(boolean eligible, boolean needsSeriesDecision, String series) {
}
