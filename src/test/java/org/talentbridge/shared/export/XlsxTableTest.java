package org.talentbridge.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming .xlsx writer: more rows than its window still gives every row, in order, and no temporary file. */
class XlsxTableTest {

    @Test
    void aSheetOfManyMoreRowsThanTheWindowHasEveryRowInOrderAndLeavesNoTemporaryFile() throws IOException {
        int rows = XlsxTable.WINDOW * 5 + 7;
        Path temporary = Files.createTempDirectory("xlsx-table-test");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        byte[] xlsx;
        try {
            xlsx = XlsxTable.write("公示名单", List.of("序号", "姓名", "取得日期", "备注"), sink -> {
                for (int i = 1; i <= rows; i++) {
                    sink.accept(Arrays.asList(i, "张*" + i, LocalDate.of(2020, 1, 1).plusDays(i), i % 3 == 0 ? null : "第" + i + "行"));
                }
            });
            assertThat(filesIn(temporary)).as("temporary files left").isEmpty();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("公示名单");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("张*" + i);
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 1).plusDays(i));
                if (i % 3 == 0) {
                    assertThat(row.getCell(3) == null || row.getCell(3).getCellType() == CellType.BLANK).isTrue();
                } else {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("第" + i + "行");
                }
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void aListOfRowsWritesTheSameAsASource() throws IOException {
        byte[] xlsx = XlsxTable.write("图表", List.of("a", "b"), List.of(List.of("x", 1), List.of("y", 2)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("y");
        }
    }

    /** The files under a directory (POI keeps its temporary sheets in a subdirectory). */
    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
