package org.talentbridge.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;

/** Integrity officers record and lift entries; reads of an entry are audited; nobody else reaches the file. */
class IntegrityFileServiceTest extends IntegrationTest {

    @Autowired
    private IntegrityFileService file;
    @Autowired
    private IntegrityFile screening;
    @Autowired
    private AuditLog audit;

    private AccountView officer() {
        return newAccount("intoff", Role.INTEGRITY_OFFICER);
    }

    private IntegrityEntry recorded(String idNumber, String name, LocalDate from, LocalDate until) {
        return file.record(new IntegrityEntryRequest(idNumber, name, IntegrityFinding.FRAUD, "伪造技能证书", from, until));
    }

    @Test
    void aRequestWithoutItsFieldsIsRefusedFieldByField() {
        signIn(officer());
        List<FieldProblem> problems = problemsOf(() -> file.record(new IntegrityEntryRequest("33090219950101123", " ", null,
                "", null, null)));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("idNumber", "validation.idNumber"),
                org.assertj.core.groups.Tuple.tuple("personName", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("finding", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("facts", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("activeFrom", "validation.required"));
        LocalDate today = LocalDate.now();
        assertThat(problemsOf(() -> file.record(new IntegrityEntryRequest(freshIdNumber(), "张三", IntegrityFinding.LIFTED, "事实",
                today, today.minusDays(1))))).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("finding", "validation.integrityFindingLifted"),
                org.assertj.core.groups.Tuple.tuple("activeUntil", "validation.endBeforeStart"));
    }

    @Test
    void anEntryWithoutAnEndDateStaysInForceForTheDefaultThreeYears() {
        AccountView officer = officer();
        signIn(officer);
        LocalDate from = LocalDate.of(2025, 3, 1);
        String id = freshIdNumber();
        IntegrityEntry entry = recorded(id.toLowerCase(), " 李四 ", from, null);
        assertThat(entry.activeUntil()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(entry.idNumber()).isEqualTo(id);
        assertThat(entry.personName()).isEqualTo("李四");
        assertThat(entry.recordedBy()).isEqualTo(officer.username());
        assertThat(entry.finding()).isEqualTo(IntegrityFinding.FRAUD);
        assertThat(recorded(freshIdNumber(), "李四", from, LocalDate.of(2026, 1, 1)).activeUntil()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void liftingWritesANewLiftedEntryAndScreeningNoLongerFindsThePerson() {
        signIn(officer());
        String id = freshIdNumber();
        IntegrityEntry entry = recorded(id, "王五", LocalDate.now().minusDays(10), null);
        assertThat(screening.hasActiveEntry(id, LocalDate.now())).isTrue();
        assertThat(problemsOf(() -> file.lift(entry.id(), "  "))).extracting(FieldProblem::messageKey).containsExactly("validation.required");

        IntegrityEntry lifting = file.lift(entry.id(), "复核认定证据不足，提前解除");
        assertThat(lifting.id()).isNotEqualTo(entry.id());
        assertThat(lifting.finding()).isEqualTo(IntegrityFinding.LIFTED);
        assertThat(lifting.liftsEntryId()).isEqualTo(entry.id());
        assertThat(lifting.facts()).isEqualTo("复核认定证据不足，提前解除");
        assertThat(lifting.idNumber()).isEqualTo(id);
        assertThat(screening.hasActiveEntry(id, LocalDate.now())).isFalse();

        IntegrityEntryDetail detail = file.open(entry.id());
        assertThat(detail.entry()).isEqualTo(entry);
        assertThat(detail.liftedBy()).extracting(IntegrityEntry::id).containsExactly(lifting.id());
        assertThat(detail.history()).extracting(IntegrityEntry::id).containsExactly(entry.id(), lifting.id());
        assertThat(problemsOf(() -> file.lift(entry.id(), "再次"))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.integrityAlreadyLifted");
        assertThat(problemsOf(() -> file.lift(lifting.id(), "解除解除"))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.integrityNotLiftable");
    }

    @Test
    void openingAnEntryOrAHistoryIsAuditedButSearchingIsNot() {
        AccountView officer = officer();
        signIn(officer);
        String id = freshIdNumber();
        IntegrityEntry first = recorded(id, "赵六", LocalDate.now(), null);
        IntegrityEntry second = recorded(id, "赵六", LocalDate.now(), null);
        file.search("赵六", 0, 50);
        assertThat(reads(first)).isEmpty();

        AccountView admin = newAccount("intadm", Role.ADMIN);
        as(admin, () -> file.open(first.id()));
        assertThat(reads(first)).extracting(AuditEvent::getActor).containsExactly(admin.username());
        assertThat(reads(second)).extracting(AuditEvent::getActor).containsExactly(admin.username());
        assertThat(reads(first).get(0).getOccurredAt()).isNotNull();

        assertThat(file.history(id.toLowerCase())).extracting(IntegrityEntry::id).containsExactly(first.id(), second.id());
        assertThat(reads(second)).extracting(AuditEvent::getActor).containsExactly(admin.username(), officer.username());
    }

    private List<AuditEvent> reads(IntegrityEntry entry) {
        return audit.history(IntegrityFileService.subjectOf(entry.id())).stream()
                .filter(e -> e.getAction().equals(IntegrityFileService.READ_ACTION)).toList();
    }

    @Test
    void searchFindsByPartOfTheNameOrByTheExactIdNumberWithMaskedRows() {
        signIn(officer());
        String id = freshIdNumber();
        String name = "钱" + System.nanoTime() % 1_000_000 + "七";
        IntegrityEntry entry = recorded(id, name, LocalDate.now(), null);
        IntegrityEntry other = recorded(freshIdNumber(), "孙八", LocalDate.now(), null);

        List<IntegrityEntrySummary> byName = file.search(name.substring(1, 5), 0, 50);
        assertThat(byName).extracting(IntegrityEntrySummary::id).containsExactly(entry.id());
        assertThat(byName.get(0).maskedIdNumber()).isNotEqualTo(id).startsWith(id.substring(0, 3)).endsWith(id.substring(14))
                .contains("*");
        assertThat(file.count(name.substring(1, 5))).isEqualTo(1);
        assertThat(file.search(id.toLowerCase(), 0, 50)).extracting(IntegrityEntrySummary::id).containsExactly(entry.id());
        assertThat(file.search(id.substring(0, 17), 0, 50)).isEmpty();
        assertThat(file.search("%", 0, 50)).isEmpty();
        assertThat(file.search("", 0, 1)).hasSize(1);
        assertThat(file.search("孙八", 0, 1000)).extracting(IntegrityEntrySummary::id).contains(other.id());
    }

    @Test
    void reviewersApplicantsAndSecretariesAreDeniedEveryMethod() {
        AccountView officer = officer();
        String id = freshIdNumber();
        IntegrityEntry entry = as(officer, () -> recorded(id, "周九", LocalDate.now(), null));
        IntegrityEntryRequest request = new IntegrityEntryRequest(id, "周九", IntegrityFinding.FRAUD, "事实", LocalDate.now(), null);
        List<Consumer<IntegrityFileService>> calls = List.of(
                s -> s.search("周九", 0, 10), s -> s.count("周九"), s -> s.open(entry.id()), s -> s.history(id),
                s -> s.record(request), s -> s.lift(entry.id(), "理由"));
        for (AccountView outsider : List.of(newAccount("intrev", Role.REVIEWER), newAccount("intapp", Role.APPLICANT),
                newAccount("intsec", Role.COMMITTEE_SECRETARY))) {
            signIn(outsider);
            calls.forEach(call -> assertThatThrownBy(() -> call.accept(file)).as(outsider.username())
                    .isInstanceOf(AccessDeniedException.class));
        }
        // administrators read the file but do not write it
        signIn(newAccount("intadm", Role.ADMIN));
        assertThatThrownBy(() -> file.record(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> file.lift(entry.id(), "理由")).isInstanceOf(AccessDeniedException.class);
        assertThat(reads(entry)).isEmpty();
    }
}
