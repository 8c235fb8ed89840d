package org.talentbridge.integrity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.integrity.IntegrityEntrySummary;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.audit.AuditLog;

/** The integrity officer records, searches, opens (audited) and lifts entries; other roles never see the file. */
class IntegrityFileScreensTest extends KaribuTest {

    @Autowired
    private AuditLog audit;
    @Autowired
    private IntegrityFile screening;

    @Test
    void anOfficerRecordsSearchesOpensAndLiftsAnEntry() {
        AccountView officer = newAccount("intscr", Role.INTEGRITY_OFFICER);
        openAs(officer);
        navigate("integrity/file");
        IntegrityFileView view = _get(IntegrityFileView.class);
        String id = freshIdNumber();
        String name = "吴" + System.nanoTime() % 1_000_000;
        _setValue(view.idNumber, "12345");
        _setValue(view.personName, name);
        _setValue(view.finding, IntegrityFinding.BACK_ROOM_OPERATION);
        _setValue(view.facts, "评审中暗箱操作");
        _click(view.record);
        assertThat(view.idNumber.getErrorMessage()).isEqualTo("身份证号码无效（请检查位数、出生日期和校验码）");
        assertThat(view.activeFrom.isInvalid()).isTrue();
        _setValue(view.idNumber, id);
        _setValue(view.activeFrom, LocalDate.now());
        _click(view.record);
        assertThat(view.idNumber.isInvalid()).isFalse();

        _setValue(view.query, name);
        _click(view.search);
        assertThat(_size(view.grid)).isEqualTo(1);
        IntegrityEntrySummary row = _fetch(view.grid, 0, 10).get(0);
        assertThat(row.maskedIdNumber()).contains("*").isNotEqualTo(id);
        assertThat(row.activeUntil()).isEqualTo(LocalDate.now().plusYears(3));
        assertThat(audit.history(IntegrityFileService.subjectOf(row.id()))).extracting(e -> e.getAction())
                .doesNotContain(IntegrityFileService.READ_ACTION);
        _setValue(view.query, id);
        _click(view.search);
        assertThat(_fetch(view.grid, 0, 10)).extracting(IntegrityEntrySummary::id).containsExactly(row.id());

        navigate("integrity/file/" + row.id());
        IntegrityEntryPage page = _get(IntegrityEntryPage.class);
        assertThat(page.detail.entry().idNumber()).isEqualTo(id);
        assertThat(_fetch(page.history, 0, 10)).extracting(IntegrityEntry::id).containsExactly(row.id());
        assertThat(audit.history(IntegrityFileService.subjectOf(row.id())))
                .filteredOn(e -> e.getAction().equals(IntegrityFileService.READ_ACTION))
                .extracting(e -> e.getActor()).containsExactly(officer.username());
        assertThat(screening.hasActiveEntry(id, LocalDate.now())).isTrue();

        _click(page.lift);
        assertThat(page.reason.getErrorMessage()).isNotBlank();
        _setValue(page.reason, "经复核提前解除");
        _click(page.lift);
        assertThat(page.detail.lifted()).isTrue();
        assertThat(_fetch(page.history, 0, 10)).extracting(IntegrityEntry::finding)
                .containsExactly(IntegrityFinding.BACK_ROOM_OPERATION, IntegrityFinding.LIFTED);
        assertThat(screening.hasActiveEntry(id, LocalDate.now())).isFalse();
    }

    @Test
    void anAdministratorReadsButHasNoForm() {
        openAs(newAccount("intscradm", Role.ADMIN));
        navigate("integrity/file");
        IntegrityFileView view = _get(IntegrityFileView.class);
        assertThat(view.record.getParent()).isEmpty();
    }

    @Test
    void reviewersApplicantsAndSecretariesCannotOpenTheFile() {
        for (Role role : new Role[] {Role.REVIEWER, Role.APPLICANT, Role.COMMITTEE_SECRETARY}) {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
            openAs(newAccount("intscrno", role));
            assertNavigationDenied("integrity/file", IntegrityFileView.class);
            assertNavigationDenied("integrity/file/1", IntegrityEntryPage.class);
        }
    }
}
