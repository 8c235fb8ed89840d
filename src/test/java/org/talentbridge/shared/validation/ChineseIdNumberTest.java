package org.talentbridge.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseIdNumberTest {

    @Test
    void acceptsTheStandardsWorkedExample() {
        // GB 11643-1999 appendix example: 11010519491231002X
        assertThat(ChineseIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ChineseIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void acceptsALowerCaseXAndSurroundingSpaces() {
        assertThat(ChineseIdNumber.isValid(" 11010519491231002x ")).isTrue();
        assertThat(ChineseIdNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void acceptsANumberWithADigitCheckCharacter() {
        String first17 = "33090219880312001";
        String id = first17 + ChineseIdNumber.checkCharacter(first17);
        assertThat(ChineseIdNumber.isValid(id)).isTrue();
        assertThat(ChineseIdNumber.birthDate(id)).contains(LocalDate.of(1988, 3, 12));
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {
            "110105194912310021",   // wrong check character (should be X)
            "11010519491231002",    // 17 characters
            "1101051949123100211",  // 19 characters
            "11010519490231002X",   // 31 February does not exist (check digit aside)
            "01010519491231002X",   // area code cannot start with 0
            "1101051949123100AX",   // letter inside
            "110105189912310028",   // born before 1900
            ""})
    void refusesMalformedNumbers(String id) {
        assertThat(ChineseIdNumber.isValid(id)).isFalse();
    }

    @Test
    void refusesABirthDateInTheFuture() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String first17 = "330902" + tomorrow.toString().replace("-", "") + "001";
        assertThat(ChineseIdNumber.isValid(first17 + ChineseIdNumber.checkCharacter(first17))).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(ChineseIdNumber.isValid(null)).isFalse();
    }

    @Test
    void masksAllButTheFirstThreeAndLastFour() {
        assertThat(ChineseIdNumber.mask("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(ChineseIdNumber.mask(null)).isNull();
    }
}
