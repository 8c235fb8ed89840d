package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.casework.IntegrityFlag.Check;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The automatic integrity checks on a case (rule I, issue 5 item 4), one test per check at its boundary, on cases
 * submitted the ordinary way. Test applicants are born in early 1995 ({@link #freshIdNumber}: the birth date moves on
 * a day per thousand accounts), so each test reads the 16th birthday from the applicant's own ID number.
 */
class IntegrityChecksTest extends IntegrationTest {

    private static final LocalDate SIXTEENTH_BIRTHDAY = LocalDate.of(2011, 1, 1);

    @Autowired
    private IntegrityChecks checks;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private JdbcTemplate jdbc;

    private String submitAs(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    private List<IntegrityFlag> flagsOf(String caseNumber) {
        return as(newAccount("integ", Role.INTEGRITY_OFFICER), () -> checks.check(caseNumber));
    }

    private void addCertificate(AccountView applicant, SkillLevel level, LocalDate obtainedOn, String number) {
        as(applicant, () -> profiles.addCertificate(new CertificateInput(level, "焊工", obtainedOn, number, "鉴定中心")));
    }

    private String idNumberOf(AccountView account) {
        return accounts.findById(account.id()).orElseThrow().idNumber();
    }

    /** The 16th birthday of a test applicant, from the birth date in their ID number (positions 7-14). */
    private static LocalDate sixteenthBirthdayOf(AccountView applicant) {
        return IntegrityChecks.sixteenthBirthday(LocalDate.parse(applicant.idNumber().substring(6, 14),
                java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    }

    @Test
    void aCleanCaseHasNoFlagsAndCheckingChangesNothing() {
        String number = submitAs(eligibleWelder("intclean"));
        Map<String, Object> before = jdbc.queryForMap("select status, version, profile_snapshot::text from tb.title_case where case_number = ?", number);

        assertThat(flagsOf(number)).isEmpty();
        assertThat(jdbc.queryForMap("select status, version, profile_snapshot::text from tb.title_case where case_number = ?", number))
                .isEqualTo(before);
    }

    @Test
    void i1AnEntryInForceTodayIsFlaggedAnExpiredOneIsNot() {
        AccountView applicant = eligibleWelder("inti1");
        String number = submitAs(applicant);
        String id = idNumberOf(applicant);
        jdbc.update("""
                insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from, active_until, recorded_by)
                values (?, '测试', 'FRAUD', '旧案', ?, ?, 'test')""", id, LocalDate.now().minusYears(3), LocalDate.now().minusDays(1));
        assertThat(flagsOf(number)).isEmpty();

        jdbc.update("""
                insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from, active_until, recorded_by)
                values (?, '测试', 'FRAUD', '申报后查实', ?, null, 'test')""", id, LocalDate.now());

        assertThat(flagsOf(number)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.ACTIVE_INTEGRITY_ENTRY);
            assertThat(f.check().id()).isEqualTo("I.1");
            assertThat(f.rule()).isEqualTo("I");
            assertThat(f.messageKey()).isEqualTo("integrityCheck.I.1");
            assertThat(f.arguments()).containsExactly(ChineseIdNumber.mask(id)).doesNotContain(id);
        });
    }

    @Test
    void i2ACertificateNumberInSomeoneElsesProfileAndCaseIsFlaggedWithTheirMaskedIdAndCase() {
        AccountView holder = eligibleWelder("inti2a");
        String certificate = "T-" + holder.username();
        String number = submitAs(holder);
        AccountView other = eligibleWelder("inti2b");
        addCertificate(other, SkillLevel.SENIOR_WORKER, LocalDate.of(2015, 3, 1), "  " + certificate.toLowerCase() + " ");
        String otherId = idNumberOf(other);

        assertThat(flagsOf(number)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.CERTIFICATE_NUMBER_USED_BY_SOMEONE_ELSE);
            assertThat(f.messageKey()).isEqualTo("integrityCheck.I.2.profile");
            assertThat(f.arguments()).containsExactly(certificate.toUpperCase(), ChineseIdNumber.mask(otherId));
        });

        String othersCase = submitAs(other);
        assertThat(flagsOf(number)).extracting(IntegrityFlag::messageKey, IntegrityFlag::arguments).containsExactly(
                tuple("integrityCheck.I.2.cases", List.of(certificate.toUpperCase(), ChineseIdNumber.mask(otherId), othersCase)),
                tuple("integrityCheck.I.2.profile", List.of(certificate.toUpperCase(), ChineseIdNumber.mask(otherId))));
        // and the other way round: the other person's case is flagged for the first person's case and profile
        assertThat(flagsOf(othersCase)).extracting(IntegrityFlag::messageKey)
                .containsExactly("integrityCheck.I.2.cases", "integrityCheck.I.2.profile");
        assertThat(flagsOf(othersCase).toString()).doesNotContain(idNumberOf(holder));
    }

    @Test
    void i2TheSamePersonUsingACertificateNumberTwiceIsNotAFlag() {
        AccountView applicant = eligibleWelder("inti2s");
        String certificate = "T-" + applicant.username();
        addCertificate(applicant, SkillLevel.SENIOR_WORKER, LocalDate.of(2015, 3, 1), certificate.toLowerCase());
        String first = submitAs(applicant);
        as(applicant, () -> cases.withdraw(first, "重新申报"));
        String second = submitAs(applicant);

        assertThat(flagsOf(first)).isEmpty();
        assertThat(flagsOf(second)).isEmpty();
    }

    @Test
    void i3ACertificateTheDayBeforeTheSixteenthBirthdayIsFlaggedOnTheBirthdayItIsNot() {
        AccountView early = eligibleWelder("inti3a");
        LocalDate sixteenth = sixteenthBirthdayOf(early);
        addCertificate(early, SkillLevel.SENIOR_WORKER, sixteenth.minusDays(1), "SW-" + early.username());
        AccountView onTime = eligibleWelder("inti3b");
        addCertificate(onTime, SkillLevel.SENIOR_WORKER, sixteenthBirthdayOf(onTime), "SW-" + onTime.username());

        assertThat(flagsOf(submitAs(early))).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY);
            assertThat(f.messageKey()).isEqualTo("integrityCheck.I.3");
            assertThat(f.arguments()).containsExactly("SW-" + early.username(), sixteenth.minusDays(1).toString(),
                    sixteenth.toString());
        });
        assertThat(flagsOf(submitAs(onTime))).isEmpty();
    }

    @Test
    void i3SomeoneBornOn29FebruaryTurnsSixteenOn29FebruaryOr28FebruaryWhenThatYearHasNone() {
        assertThat(IntegrityChecks.sixteenthBirthday(LocalDate.of(2000, 2, 29))).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(IntegrityChecks.sixteenthBirthday(LocalDate.of(2084, 2, 29))).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(IntegrityChecks.sixteenthBirthday(LocalDate.of(1995, 1, 1))).isEqualTo(SIXTEENTH_BIRTHDAY);
    }

    @Test
    void i3AnIdNumberWithoutABirthDateIsFlaggedOnceSinceTheCheckCannotRun() {
        AccountView applicant = eligibleWelder("inti3n");
        String number = submitAs(applicant);
        // an imported account without an ID number (the registration screens always ask for one)
        jdbc.update("update tb.account set id_number = null where id = ?", applicant.id());

        assertThat(flagsOf(number)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY);
            assertThat(f.messageKey()).isEqualTo("integrityCheck.I.3.noBirthDate");
        });
    }

    @Test
    void i4AnotherActiveCaseOfTheSamePersonInAnotherRoundIsFlaggedAWithdrawnOneIsNot() {
        AccountView applicant = eligibleWelder("inti4");
        String first = submitAs(applicant);
        LocalDate today = LocalDate.now();
        RoundView later = rounds.createAs(new RoundRequest(today.getYear(), "诚信核查测试批次" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(300), 10, 5), "admin");
        String second = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                true, later.id())).caseNumber());
        assertThat(second).isNotEqualTo(first);

        assertThat(flagsOf(first)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.OVERLAPPING_ACTIVE_CASE);
            assertThat(f.arguments()).containsExactly(second, later.name());
        });
        assertThat(flagsOf(second)).extracting(f -> f.arguments().get(0)).containsExactly(first);

        as(applicant, () -> cases.withdraw(second, "只保留一份申报"));
        assertThat(flagsOf(first)).isEmpty();
        assertThat(flagsOf(second)).as("a case that is not active overlaps nothing").isEmpty();
    }

    @Test
    void i5AWorkPeriodEndingTheDayBeforeItStartsIsFlaggedOneEndingTheSameDayIsNot() {
        String number = submitAs(eligibleWelder("inti5"));
        LocalDate from = LocalDate.now().minusYears(6);
        // evidence from an import or the API: the profile screens refuse such a period, the case row does not
        endWorkPeriod(number, from.minusDays(1));
        assertThat(flagsOf(number)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.WORK_PERIOD_ENDS_BEFORE_START);
            assertThat(f.arguments()).containsExactly(SHIPYARD, from.toString(), from.minusDays(1).toString());
        });

        endWorkPeriod(number, from);
        assertThat(flagsOf(number)).isEmpty();
    }

    private void endWorkPeriod(String caseNumber, LocalDate to) {
        jdbc.update("update tb.title_case set profile_snapshot = jsonb_set(profile_snapshot, '{workPeriods,0,to}', to_jsonb(?::text)) "
                + "where case_number = ?", to.toString(), caseNumber);
    }

    @Test
    void theBatchAnswersEveryCaseInTheOrderGivenAndRefusesUnknownNumbers() {
        String clean = submitAs(eligibleWelder("intb1"));
        AccountView young = eligibleWelder("intb2");
        addCertificate(young, SkillLevel.SENIOR_WORKER, sixteenthBirthdayOf(young).minusYears(1), "SW-" + young.username());
        String early = submitAs(young);
        String backwards = submitAs(eligibleWelder("intb3"));
        endWorkPeriod(backwards, LocalDate.of(2000, 1, 1));
        AccountView officer = newAccount("integ", Role.INTEGRITY_OFFICER);

        Map<String, List<IntegrityFlag>> flags = as(officer, () -> checks.checkAll(List.of(backwards, clean, " " + early.toLowerCase(), clean)));

        assertThat(flags.keySet()).containsExactly(backwards, clean, early);
        assertThat(flags.get(clean)).isEmpty();
        assertThat(flags.get(early)).extracting(IntegrityFlag::check).containsExactly(Check.CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY);
        assertThat(flags.get(backwards)).extracting(IntegrityFlag::check).containsExactly(Check.WORK_PERIOD_ENDS_BEFORE_START);
        assertThat(problemsOf(() -> as(officer, () -> checks.checkAll(List.of(clean, "ZC1999-000000")))))
                .containsExactly(new FieldProblem("caseNumbers", "integrityCheck.unknownCase", "ZC1999-000000"));
        // the process calls the checks with no one signed in
        assertThat(checks.flagsOf(List.of(clean, early))).containsOnlyKeys(clean, early);
    }

    @Test
    void onlyIntegrityOfficersAndAdministratorsMayRunTheChecks() {
        AccountView applicant = eligibleWelder("introle");
        String number = submitAs(applicant);

        assertThatThrownBy(() -> as(applicant, () -> checks.check(number))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(newAccount("rev", Role.REVIEWER), () -> checks.check(number))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(newAccount("sec", Role.COMMITTEE_SECRETARY), () -> checks.checkAll(List.of(number))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(newAccount("adm", Role.ADMIN), () -> checks.check(number))).isEmpty();
    }

    @Test
    void everyCheckHasANameAndEveryMessageExistsInBothLanguages() throws Exception {
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/" + bundle); var reader = new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            for (Check check : Check.values()) {
                assertThat(messages).as(bundle).containsKey(check.nameKey());
            }
            assertThat(messages).as(bundle).containsKeys("integrityCheck.I.1", "integrityCheck.I.2.cases", "integrityCheck.I.2.profile",
                    "integrityCheck.I.3", "integrityCheck.I.3.noBirthDate", "integrityCheck.I.4", "integrityCheck.I.5",
                    "integrityCheck.unknownCase");
        }
    }
}
