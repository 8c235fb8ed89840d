package org.talentbridge.investigation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.investigation.AccountabilityRow;
import org.talentbridge.investigation.InvestigationDetail;
import org.talentbridge.investigation.InvestigationRow;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.InvestigationStatus;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The integrity investigation screens (issue 6, item 6) as officers, staff and applicants use them: who may open
 * which, the walk from a report to a confirmed finding under the four-eyes rule, the statement asked for and given,
 * and refusals shown beside their fields.
 */
class InvestigationScreensTest extends KaribuTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private InvestigationService investigations;
    @Autowired
    private org.talentbridge.investigation.Accountability followUps;

    private String submitAs(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    private void reopenAs(AccountView account) {
        MockVaadin.tearDown();
        openAs(account);
    }

    /** An officer reports the applicant's case on the report form and lands on the new investigation. */
    private InvestigationPage reported(AccountView officer, AccountView applicant, String caseNumber) {
        openAs(officer);
        navigate("integrity/report");
        ReportView report = _get(ReportView.class);
        _setValue(report.idNumber, applicant.idNumber());
        _setValue(report.personName, applicant.displayName());
        _setValue(report.caseNumbers, caseNumber + "，");
        _setValue(report.allegation, "工作年限证明系伪造");
        _click(report.submit);
        return _get(InvestigationPage.class);
    }

    @Test
    void onlyIntegrityOfficersAndAdministratorsOpenTheInvestigationScreens() {
        for (Role role : new Role[] {Role.INTEGRITY_OFFICER, Role.ADMIN}) {
            reopenAs(newAccount("invscrok", role));
            navigate("integrity/investigations");
            _get(InvestigationsView.class);
            navigate("integrity/person");
            _get(PersonHistoryView.class);
            navigate("integrity/accountability");
            _get(AccountabilityView.class);
            navigate("integrity/report");
            _get(ReportView.class);
            navigate("integrity/investigations/NO-SUCH");
            assertThat(_get(InvestigationPage.class).detail).isNull();
        }
        for (Role role : new Role[] {Role.REVIEWER, Role.APPLICANT}) {
            reopenAs(newAccount("invscrno", role));
            assertNavigationDenied("integrity/investigations", InvestigationsView.class);
            assertNavigationDenied("integrity/investigations/X", InvestigationPage.class);
            assertNavigationDenied("integrity/person", PersonHistoryView.class);
            assertNavigationDenied("integrity/accountability", AccountabilityView.class);
        }
        reopenAs(newAccount("invscrrev", Role.REVIEWER));
        navigate("integrity/report");
        _get(ReportView.class);
        assertNavigationDenied("integrity/statements", StatementsView.class);

        reopenAs(newAccount("invscrapp", Role.APPLICANT));
        assertNavigationDenied("integrity/report", ReportView.class);
        navigate("integrity/statements");
        StatementsView statements = _get(StatementsView.class);
        assertThat(statements.answers).isEmpty();
        assertThat(statements.empty.isAttached()).isTrue();
    }

    @Test
    void aReviewerReportsAndSeesTheNumberWhileBadInputShowsBesideItsField() {
        AccountView applicant = eligibleWelder("invscrrep");
        String caseNumber = submitAs(applicant);
        openAs(newAccount("invscrrevr", Role.REVIEWER));
        navigate("integrity/report");
        ReportView report = _get(ReportView.class);
        _setValue(report.idNumber, "12345");
        _setValue(report.caseNumbers, "NO-SUCH-CASE");
        _click(report.submit);
        assertThat(report.idNumber.isInvalid()).isTrue();
        assertThat(report.personName.isInvalid()).isTrue();
        assertThat(report.allegation.isInvalid()).isTrue();

        _setValue(report.idNumber, applicant.idNumber());
        _setValue(report.personName, applicant.displayName());
        _setValue(report.allegation, "评审材料疑似造假");
        _click(report.submit);
        assertThat(report.caseNumbers.getErrorMessage()).contains("NO-SUCH-CASE");

        _setValue(report.caseNumbers, caseNumber);
        _click(report.submit);
        assertThat(report.confirmation.isVisible()).isTrue();
        assertThat(report.confirmation.getText()).isNotBlank();
        assertThat(report.caseNumbers.isInvalid()).isFalse();
    }

    @Test
    void aFindingProposedByOneOfficerIsApprovedByASecondAndStopsTheCase() {
        AccountView applicant = eligibleWelder("invscrwalk");
        String caseNumber = submitAs(applicant);
        confirmedByEmployer(caseNumber);
        AccountView proposer = newAccount("invscrprop", Role.INTEGRITY_OFFICER);
        AccountView approver = newAccount("invscrappr", Role.INTEGRITY_OFFICER);

        InvestigationPage page = reported(proposer, applicant, caseNumber);
        String number = page.detail.number();
        assertThat(page.detail.subjects()).extracting(InvestigationDetail.Subject::caseNumber).containsExactly(caseNumber);

        navigate("integrity/investigations");
        InvestigationsView inbox = _get(InvestigationsView.class);
        InvestigationRow row = _fetch(inbox.grid, 0, 200).stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
        assertThat(row.personIdMasked()).contains("*");
        assertThat(row.status()).isEqualTo(InvestigationStatus.INVESTIGATING);

        navigate("integrity/investigations/" + number);
        page = _get(InvestigationPage.class);
        _click(page.claim);
        assertThat(page.detail.assignee()).isEqualTo(proposer.username());
        _setValue(page.note, "已调取单位社保缴费记录");
        _click(page.addNote);
        assertThat(page.detail.notes()).extracting(InvestigationDetail.Note::text).contains("已调取单位社保缴费记录");

        _click(page.propose);
        assertThat(page.finding.isInvalid()).isTrue();
        assertThat(page.findingFacts.isInvalid()).isTrue();
        _click(page.closeUnfounded);
        assertThat(page.unfoundedReason.isInvalid()).isTrue();
        _setValue(page.finding, IntegrityFinding.FRAUD);
        _setValue(page.findingFacts, "工作年限证明与社保记录不符，系伪造");
        _setValue(page.activeUntil, LocalDate.now());
        _click(page.propose);
        assertThat(page.activeUntil.isInvalid()).isTrue();
        assertThat(page.detail.status()).isEqualTo(InvestigationStatus.INVESTIGATING);
        _setValue(page.activeUntil, LocalDate.now().plusYears(2));
        _click(page.propose);
        assertThat(page.detail.status()).isEqualTo(InvestigationStatus.AWAITING_APPROVAL);
        assertThat(page.fourEyes.isAttached()).isTrue();
        assertThat(page.approve.isAttached()).isFalse();
        assertThat(page.refuse.isAttached()).isFalse();
        assertThat(problemsOf(() -> as(proposer, () -> {
            investigations.approve(number, "同意");
            return null;
        }))).extracting(FieldProblem::messageKey).containsExactly("validation.fourEyes");

        reopenAs(approver);
        navigate("integrity/investigations/" + number);
        page = _get(InvestigationPage.class);
        assertThat(page.fourEyes.isAttached()).isFalse();
        _click(page.approve);
        assertThat(page.decision.isInvalid()).isTrue();
        _click(page.refuse);
        assertThat(page.refuseReason.isInvalid()).isTrue();
        _setValue(page.decision, "经复核，同意认定弄虚作假");
        _click(page.approve);
        assertThat(page.detail.status()).isEqualTo(InvestigationStatus.CONFIRMED);
        assertThat(page.detail.integrityEntryId()).isNotNull();
        assertThat(page.entryLink.getHref()).isEqualTo("integrity/file/" + page.detail.integrityEntryId());
        assertThat(page.detail.subjects()).extracting(InvestigationDetail.Subject::state).containsExactly("STOPPED");
        assertThat(page.approve.isAttached()).isFalse();
        // the record says what the finding did, in the reader's language
        InvestigationPage confirmed = page;
        assertThat(page.detail.notes()).filteredOn(n -> n.kind().equals("CONSEQUENCES")).singleElement()
                .satisfies(n -> assertThat(confirmed.noteText(n)).contains("终止申报：" + caseNumber)
                        .contains("诚信档案记录：" + confirmed.detail.integrityEntryId()));
        assertThat(page.detail.notes()).filteredOn(n -> n.kind().equals("PROPOSAL")).allSatisfy(n ->
                assertThat(confirmed.noteText(n)).startsWith("弄虚作假：").doesNotContain("FRAUD"));

        assertThat(page.personLink.getHref()).isEqualTo("integrity/person?investigation=" + number);
        com.vaadin.flow.component.UI.getCurrent().navigate("integrity/person", QueryParameters.of("investigation", number));
        PersonHistoryView person = _get(PersonHistoryView.class);
        assertThat(person.history.entries()).extracting(e -> e.id()).containsExactly(page.detail.integrityEntryId());
        assertThat(person.history.investigations()).extracting(InvestigationRow::number).contains(number);
        assertThat(person.history.cases()).anyMatch(c -> c.caseNumber().equals(caseNumber) && "STOPPED".equals(c.status()));
        _setValue(person.idNumber, "330902");
        _click(person.search);
        assertThat(person.idNumber.isInvalid()).isTrue();
        _setValue(person.idNumber, applicant.idNumber());
        _click(person.search);
        assertThat(person.idNumber.isInvalid()).isFalse();
        assertThat(person.history.entries()).hasSize(1);

        navigate("integrity/accountability");
        AccountabilityView accountability = _get(AccountabilityView.class);
        java.util.List<AccountabilityRow> rows = _fetch(accountability.grid, 0, 500).stream()
                .filter(r -> r.investigationNumber().equals(number)).toList();
        assertThat(rows).isNotEmpty().allMatch(r -> r.caseNumber().equals(caseNumber));
        AccountabilityRow item = rows.get(0);
        accountability.openDialog(item);
        _click(accountability.dialog.save);
        assertThat(accountability.dialog.followUp.isInvalid()).isTrue();
        _setValue(accountability.dialog.followUp, "已约谈经办人，责令书面检查");
        _click(accountability.dialog.save);
        assertThat(accountability.dialog.isOpened()).isFalse();
        _setValue(accountability.openOnly, false);
        assertThat(_fetch(accountability.grid, 0, 500)).filteredOn(r -> r.id() == item.id())
                .extracting(AccountabilityRow::followUp).containsExactly("已约谈经办人，责令书面检查");
        assertThat(problemsOf(() -> as(approver, () -> {
            followUps.recordFollowUp(item.id(), "再次登记");
            return null;
        }))).extracting(FieldProblem::messageKey).containsExactly("validation.followUpRecorded");
    }

    @Test
    void theApplicantAnswersARequestedStatementAndTheRecordShowsIt() {
        AccountView applicant = eligibleWelder("invscrstm");
        String caseNumber = submitAs(applicant);
        AccountView officer = newAccount("invscrstmo", Role.INTEGRITY_OFFICER);
        InvestigationPage page = reported(officer, applicant, caseNumber);
        String number = page.detail.number();
        _click(page.addFiles);
        assertThat(page.uploadError.isInvalid()).isTrue();
        assertThat(page.uploadError.getText()).isNotBlank();

        _setValue(page.question, "请说明2019年至2021年的工作单位");
        _setValue(page.due, LocalDate.now());
        _click(page.requestStatement);
        assertThat(page.due.isInvalid()).isTrue();
        _setValue(page.due, LocalDate.now().plusDays(10));
        _click(page.requestStatement);
        assertThat(page.detail.status()).isEqualTo(InvestigationStatus.AWAITING_STATEMENT);
        assertThat(page.recordStatement.isAttached()).isTrue();
        assertThat(page.propose.isAttached()).isFalse();

        reopenAs(applicant);
        navigate("integrity/statements");
        StatementsView statements = _get(StatementsView.class);
        assertThat(statements.answers).hasSize(1);
        StatementsView.Answer answer = statements.answers.get(0);
        _click(answer.submit);
        assertThat(answer.statement.isInvalid()).isTrue();
        _setValue(answer.statement, "2019年至2021年在舟山船厂从事焊接工作，有劳动合同为证");
        _click(answer.submit);
        assertThat(statements.answers).isEmpty();
        assertThat(statements.empty.isAttached()).isTrue();

        reopenAs(officer);
        navigate("integrity/investigations/" + number);
        page = _get(InvestigationPage.class);
        assertThat(page.detail.status()).isEqualTo(InvestigationStatus.INVESTIGATING);
        assertThat(page.detail.notes()).filteredOn(n -> n.kind().equals("STATEMENT"))
                .extracting(InvestigationDetail.Note::text).containsExactly("2019年至2021年在舟山船厂从事焊接工作，有劳动合同为证");
        assertThat(_size(page.notes)).isEqualTo(page.detail.notes().size());
        assertThat(page.propose.isAttached()).isTrue();

        reopenAs(newAccount("invscrstma", Role.ADMIN));
        navigate("integrity/investigations/" + number);
        page = _get(InvestigationPage.class);
        assertThat(page.detail.notes()).isNotEmpty();
        assertThat(page.claim.isAttached()).isFalse();
        assertThat(page.propose.isAttached()).isFalse();
        assertThat(page.addNote.isAttached()).isFalse();
    }
}
