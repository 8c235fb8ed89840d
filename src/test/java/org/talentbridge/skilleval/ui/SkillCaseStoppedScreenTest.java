package org.talentbridge.skilleval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;

/** A skill case stopped by an integrity finding: the applicant reads that it stopped, never the finding's facts. */
class SkillCaseStoppedScreenTest extends KaribuTest {

    @Autowired
    private SkillCaseService skillCases;

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void theApplicantReadsANeutralLineWhileStaffReadTheReason() {
        AccountView applicant = newAccount("skstop", Role.APPLICANT);
        String number = as(applicant, () -> {
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.now().minusYears(4)));
            profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(8), null, true));
            return skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", OrganisationKind.SOCIAL_ORGANISATION,
                    null)).summary().caseNumber();
        });
        skillCases.stopRunningCasesOf(applicant.id(), "IC-2026-999999 FRAUD: 伪造的焊接作业记录");

        openAs(applicant);
        navigate("skill/cases/" + number);
        assertThat(paragraphs()).anyMatch(p -> p.contains("本申报已终止")).noneMatch(p -> p.contains("伪造的焊接作业记录"));

        openAs(accounts.findByUsername("integrity").orElseThrow());
        navigate("skill/cases/" + number);
        assertThat(paragraphs()).anyMatch(p -> p.contains("伪造的焊接作业记录"));
    }
}
