package org.talentbridge.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions every screen keeps (issue 12): one date field for all (item 8), notifications fed through FormErrors
 * (item 4), selects as wide as their longest common value (item 7).
 */
class ScreenConventionsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyDateFieldOfEveryScreenIsTheIsoDatePicker() throws IOException {
        for (Path file : javaSources()) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("new DatePicker(");
        }
    }

    /** A problem's key is translated with its arguments by FormErrors, never by hand with the first key only. */
    @Test
    void noScreenTranslatesAProblemKeyByHand() throws IOException {
        for (Path file : javaSources()) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("getProblems().get(0).messageKey()")
                    .doesNotContain("getTranslation(\"field.\" + p.field())");
        }
    }

    @Test
    void aSelectFitsItsLongestValueAndIsNeverNarrowerThanTheDefault() {
        Select<String> select = new Select<>();
        GridColumns.fitWidth(select, List.of("短", "2026年度工程技术系列高技能人才职称评审（第一批）"));
        // 25 wide characters, one pair of digits-and-letters aside: about 27 em plus the field's own room
        double longest = GridColumns.textWidthEm("2026年度工程技术系列高技能人才职称评审（第一批）");
        assertThat(select.getWidth()).isEqualTo(((int) Math.ceil(longest + GridColumns.FIELD_CHROME_EM)) + "em");
        assertThat(longest).isGreaterThan(GridColumns.DEFAULT_FIELD_EM);

        GridColumns.fitWidth(select, List.of("2026"));
        assertThat(select.getWidth()).isEqualTo("12em");
    }

    @Test
    void theDateReaderTakesCommonWritingsAndRefusesWhatIsNoDay() {
        assertThat(IsoDatePicker.read("2022-06-29")).hasValue(java.time.LocalDate.of(2022, 6, 29));
        assertThat(IsoDatePicker.read("2022/6/29")).hasValue(java.time.LocalDate.of(2022, 6, 29));
        assertThat(IsoDatePicker.read("2022年6月29日")).hasValue(java.time.LocalDate.of(2022, 6, 29));
        assertThat(IsoDatePicker.read("2024-02-29")).hasValue(java.time.LocalDate.of(2024, 2, 29));
        assertThat(IsoDatePicker.read("2023-02-29")).isEmpty();
        assertThat(IsoDatePicker.read("29.06.2022")).isEmpty();
        assertThat(IsoDatePicker.read("明天")).isEmpty();
    }
}
