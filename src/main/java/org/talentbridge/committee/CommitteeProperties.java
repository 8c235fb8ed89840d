package org.talentbridge.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param panelSize    the members seated on a panel when the secretary does not say otherwise (always odd, so that a
 *                     vote cannot tie); the draw takes twice as many (the other half are alternates)
 * @param maxPanelSize the largest panel the secretary may ask for
 */
@ConfigurationProperties("app.committee")
public record CommitteeProperties(@DefaultValue("7") int panelSize, @DefaultValue("25") int maxPanelSize) {

    public static final int MIN_PANEL_SIZE = 3;

    public CommitteeProperties {
        if (!isValidSize(panelSize, maxPanelSize)) {
            throw new IllegalArgumentException("app.committee.panel-size must be odd and between " + MIN_PANEL_SIZE
                    + " and app.committee.max-panel-size (" + maxPanelSize + "): " + panelSize);
        }
    }

    /** Odd and between {@link #MIN_PANEL_SIZE} and the maximum. */
    public static boolean isValidSize(int size, int max) {
        return size % 2 == 1 && size >= MIN_PANEL_SIZE && size <= max;
    }
}
