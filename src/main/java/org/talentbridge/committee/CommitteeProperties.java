package org.talentbridge.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param panelSize    the members seated on a panel when the secretary does not say otherwise (always odd, so that a
 *                     vote cannot tie); the draw takes twice as many (the other half are alternates)
 * @param maxPanelSize the largest panel the secretary may ask for
 * @param voteQuorum   the share of the panel that must cast a ballot on a case (agree, disagree or abstain) for its
 *                     vote to count, unless the secretary sets another when opening the vote (default 2/3)
 * @param votePass     the share of the panel's members (not of those present) who must vote agree (default 2/3)
 * @param maxCasesPerPanel the most cases one panel reviews: a larger group is split into several panels of nearly
 *                     equal size ({@link GroupSplit}), never refused; also the most case numbers one draw may name
 */
@ConfigurationProperties("app.committee")
public record CommitteeProperties(@DefaultValue("7") int panelSize, @DefaultValue("25") int maxPanelSize,
                                  @DefaultValue("2/3") VoteShare voteQuorum, @DefaultValue("2/3") VoteShare votePass,
                                  @DefaultValue("500") int maxCasesPerPanel) {

    public static final int MIN_PANEL_SIZE = 3;

    public CommitteeProperties {
        if (!isValidSize(panelSize, maxPanelSize)) {
            throw new IllegalArgumentException("app.committee.panel-size must be odd and between " + MIN_PANEL_SIZE
                    + " and app.committee.max-panel-size (" + maxPanelSize + "): " + panelSize);
        }
        if (maxCasesPerPanel < 1) {
            throw new IllegalArgumentException("app.committee.max-cases-per-panel must be at least 1: " + maxCasesPerPanel);
        }
    }

    /** Odd and between {@link #MIN_PANEL_SIZE} and the maximum. */
    public static boolean isValidSize(int size, int max) {
        return size % 2 == 1 && size >= MIN_PANEL_SIZE && size <= max;
    }
}
