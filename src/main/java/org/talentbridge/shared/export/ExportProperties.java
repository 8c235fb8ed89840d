package org.talentbridge.shared.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param xlsxWindowRows rows of a large streamed .xlsx export (round results, publicity list) held in memory while it
 *                       is written ({@link XlsxTable}); the rows before them are already in a compressed temporary file
 */
@ConfigurationProperties("app.export")
public record ExportProperties(@DefaultValue("200") int xlsxWindowRows) {

    public ExportProperties {
        if (xlsxWindowRows < 1) {
            throw new IllegalArgumentException("app.export.xlsx-window-rows must be at least 1: " + xlsxWindowRows);
        }
    }
}
