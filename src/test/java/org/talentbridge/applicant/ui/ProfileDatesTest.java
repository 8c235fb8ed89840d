package org.talentbridge.applicant.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.shared.i18n.SpringI18NProvider;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.LanguageSwitcher;

/**
 * Dates on the profile as applicants type them (issue 12, item 8): ISO dates are read and shown in both languages,
 * and text that is no date is a field error, never a period silently saved as "until now".
 */
class ProfileDatesTest extends KaribuTest {

    /**
     * What the browser does with typed text its own formats cannot read: it leaves the value empty, keeps the text
     * in the input and tells the server, whose reading then decides.
     */
    static void typeUnreadByTheBrowser(IsoDatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(picker.getElement(), new DomEvent(picker.getElement(), "unparsable-change", Json.createObject()));
    }

    private WorkPeriodsSection openWorkPeriods(String prefix) {
        openAs(newAccount(prefix, Role.APPLICANT));
        navigate("profile");
        return _get(ProfileView.class).workPeriods;
    }

    @Test
    void certificateNumbersAreNeverCutInTheProfile() {
        openAs(newAccount("isocert", Role.APPLICANT));
        navigate("profile");
        CertificatesSection section = _get(ProfileView.class).certificates;
        com.vaadin.flow.component.grid.Grid.Column<?> number = section.grid.getColumns().stream()
                .filter(c -> "证书编号".equals(c.getHeaderText())).findFirst().orElseThrow();
        assertThat(number.isAutoWidth()).isTrue();
        assertThat(number.getFlexGrow()).isZero();
    }

    @Test
    void dateFieldsShowAndReadIsoDatesInChinese() {
        WorkPeriodsSection section = openWorkPeriods("isozh");
        assertThat(section.from.getI18n().getDateFormats().get(0)).isEqualTo("yyyy-MM-dd");
        assertThat(section.from.getI18n().getDateFormats()).contains("yyyy-MM-dd", "yyyy/M/d");
        assertThat(section.from.getI18n().getMonthNames()).startsWith("一月");
        assertThat(section.from.getPlaceholder()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void dateFieldsShowAndReadIsoDatesInEnglish() {
        openAs(newAccount("isoen", Role.APPLICANT));
        navigate("profile");
        _setValue(_get(LanguageSwitcher.class), SpringI18NProvider.ENGLISH, true);
        navigate("my-cases");
        navigate("profile");
        WorkPeriodsSection section = _get(ProfileView.class).workPeriods;
        assertThat(section.from.getI18n().getDateFormats().get(0)).isEqualTo("yyyy-MM-dd");
        assertThat(section.from.getI18n().getMonthNames()).startsWith("January");
        typeUnreadByTheBrowser(section.from, "2022-06-29");
        assertThat(section.from.getValue()).isEqualTo(LocalDate.of(2022, 6, 29));
    }

    @Test
    void theDateTyped2022Dash06Dash29IsTakenAndShownAsTheGridShowsIt() {
        WorkPeriodsSection section = openWorkPeriods("isotyped");
        _setValue(section.employer, "舟山船厂");
        _setValue(section.occupation, "焊工");
        typeUnreadByTheBrowser(section.from, "2022-06-29");
        typeUnreadByTheBrowser(section.to, "2024/6/15");
        assertThat(section.from.isInvalid()).isFalse();
        _click(section.add);

        assertThat(_size(section.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(section.grid, 0)).contains("2022-06-29", "2024-06-15");
    }

    @Test
    void otherCommonWritingsOfADateAreReadToo() {
        WorkPeriodsSection section = openWorkPeriods("isoforms");
        for (String text : new String[] {"2022-6-29", "2022.6.29", "2022年6月29日", "20220629", " 2022 / 06 / 29 "}) {
            section.from.clear();
            typeUnreadByTheBrowser(section.from, text);
            assertThat(section.from.getValue()).as(text).isEqualTo(LocalDate.of(2022, 6, 29));
        }
    }

    @Test
    void aDateThatCannotBeReadIsAFieldErrorAndThePeriodIsNotSavedAsOngoing() {
        WorkPeriodsSection section = openWorkPeriods("isobad");
        _setValue(section.employer, "舟山船厂");
        _setValue(section.occupation, "焊工");
        _setValue(section.from, LocalDate.of(2022, 7, 1));
        typeUnreadByTheBrowser(section.to, "2024-13-45");
        assertThat(section.to.getValue()).isNull();
        assertThat(section.to.isInvalid()).isTrue();
        assertThat(section.to.getErrorMessage()).contains("2024-13-45", "yyyy-MM-dd");

        _click(section.add);
        assertThat(_size(section.grid)).isZero();
        assertThat(section.to.isInvalid()).isTrue();
        assertThat(section.to.getErrorMessage()).contains("2024-13-45");
        assertThat(profiles.myProfile().workPeriods()).isEmpty();
    }
}
