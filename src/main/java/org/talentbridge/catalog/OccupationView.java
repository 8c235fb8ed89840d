package org.talentbridge.catalog;

import java.util.List;

/** An annex occupation as the API and other modules see it. */
public record OccupationView(String code, String name, List<String> series) {

    /** Whether the annex gives two series for this occupation, of which the applicant chooses one. */
    public boolean needsSeriesChoice() {
        return series.size() > 1;
    }
}
