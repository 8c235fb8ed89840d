package org.talentbridge.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet with a bold header row and one row per record, as an .xlsx file (Apache POI): the form the provincial
 * offices take lists in (round results, publicity lists). Strings, numbers and dates; null leaves a cell empty.
 *
 * <p>Streaming (issue 19 item 3): the workbook is an {@link SXSSFWorkbook} that keeps only the last {@link #WINDOW} rows
 * in memory and flushes the others to a compressed temporary file, deleted when the file has been written. A caller
 * with many rows gives a {@link Rows} source that produces them page by page (a streamed or paged query), so neither
 * the records nor the sheet are ever all in memory; only the finished (zipped) file is.
 */
public final class XlsxTable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * Rows kept in memory while writing unless the caller gives another ({@code app.export.xlsx-window-rows},
     * {@link ExportProperties}, for the large exports); older ones are already in the temporary file.
     */
    public static final int WINDOW = 200;
    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxTable() {
    }

    /** A source of rows: hands each row, in order, to the sink (a row is its cells' values). */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<?>> sink);
    }

    /** The rows of a list (small tables: the monitoring figures, a what-if). */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return write(sheetName, headers, sink -> rows.forEach(sink));
    }

    /** The rows of a source, as the bytes of an .xlsx file. */
    public static byte[] write(String sheetName, List<String> headers, Rows rows) {
        return write(sheetName, headers, rows, WINDOW);
    }

    /** The rows of a source, as the bytes of an .xlsx file, {@code windowRows} of them in memory while writing. */
    public static byte[] write(String sheetName, List<String> headers, Rows rows, int windowRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(sheetName, headers, rows, out, windowRows);
        return out.toByteArray();
    }

    /** The rows of a source, written as an .xlsx file to {@code out} (left open). */
    public static void write(String sheetName, List<String> headers, Rows rows, OutputStream out) {
        write(sheetName, headers, rows, out, WINDOW);
    }

    /** The rows of a source, written as an .xlsx file to {@code out} (left open), {@code windowRows} in memory. */
    public static void write(String sheetName, List<String> headers, Rows rows, OutputStream out, int windowRows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(windowRows);
        workbook.setCompressTempFiles(true);
        try {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = new int[headers.size()];
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                widths[i] = width(headers.get(i));
            }
            int[] next = {1};
            rows.each(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], width(value.toString()));
                    }
                }
            });
            // the column widths and the frozen header live in the sheet's head, written with the file
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(widths[i], MAX_COLUMN_CHARS) * 256 + 512);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // deletes the temporary file of flushed rows
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing left to release: the file is written or the caller gets the first failure
            }
        }
    }

    /** Column width in characters: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    }
}
