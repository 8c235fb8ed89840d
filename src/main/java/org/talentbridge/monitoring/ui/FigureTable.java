package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.shared.export.XlsxTable;

/** A chart's numbers as a table, and the same rows as an .xlsx file (the headers in the reader's language). */
class FigureTable<T> extends VerticalLayout {

    final Grid<T> grid = new Grid<>();
    final Anchor export;
    private final List<String> headers = new ArrayList<>();
    private final List<SerializableFunction<T, Object>> values = new ArrayList<>();
    private List<T> rows = List.of();

    FigureTable(Component owner, String sheetKey) {
        setPadding(false);
        grid.setAllRowsVisible(true);
        String sheet = owner.getTranslation(sheetKey);
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = xlsx();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), sheet + ".xlsx", XlsxTable.CONTENT_TYPE, xlsx.length);
        }), owner.getTranslation("monitoring.export"));
        export.getElement().setAttribute("download", true);
        add(grid, export);
        this.sheet = sheet;
    }

    private final String sheet;

    FigureTable<T> column(String headerKey, SerializableFunction<T, Object> value) {
        String header = getTranslation(headerKey);
        headers.add(header);
        values.add(value);
        grid.addColumn(r -> {
            Object v = value.apply(r);
            return v == null ? "" : v.toString();
        }).setHeader(header).setAutoWidth(true);
        return this;
    }

    void show(List<T> items) {
        rows = List.copyOf(items);
        grid.setItems(rows);
    }

    List<T> rows() {
        return rows;
    }

    byte[] xlsx() {
        List<List<Object>> table = rows.stream().map(r -> values.stream().map(v -> v.apply(r)).toList()).toList();
        return XlsxTable.write(sheet, headers, table);
    }
}
