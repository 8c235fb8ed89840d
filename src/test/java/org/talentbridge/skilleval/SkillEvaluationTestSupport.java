package org.talentbridge.skilleval;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Pathway S fixtures on the demo organisations (one per channel, each with its demo evaluator): applicants signed in
 * with a title or a skill level and current work in the occupation.
 */
abstract class SkillEvaluationTestSupport extends IntegrationTest {

    static final String SOCIAL = "舟山市职业技能评价协会";
    static final String EMPLOYER_STATION = "舟山中远海运重工有限公司职业技能等级认定站";
    static final String APPRAISAL = "舟山市消防行业职业技能鉴定站";
    static final String COSCO = "舟山中远海运重工有限公司";

    @Autowired
    protected SkillCaseService skillCases;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected org.camunda.bpm.engine.TaskService engineTasks;

    /** A new applicant with an INTERMEDIATE engineering title, working as an electrician (S1: TECHNICIAN), signed in. */
    protected AccountView titledElectrician(String prefix) {
        return titled(prefix, TitleLevel.INTERMEDIATE, "电工");
    }

    protected AccountView titled(String prefix, TitleLevel title, String occupation) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        signIn(applicant);
        profiles.addTitle(new TitleInput(title, "工程技术", LocalDate.now().minusYears(4)));
        profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, occupation, LocalDate.now().minusYears(8), null, true));
        return applicant;
    }

    /** A new applicant holding {@code level} in 电工 since {@code obtainedOn}, working as an electrician, signed in. */
    protected AccountView skilledElectrician(String prefix, SkillLevel level, LocalDate obtainedOn) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        signIn(applicant);
        profiles.addCertificate(new CertificateInput(level, "电工", obtainedOn, "C-" + applicant.username(), "鉴定中心"));
        profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "电工", LocalDate.now().minusYears(10), null, true));
        return applicant;
    }

    /** The applicant signed in now works at the accredited demo employer (and says so on the profile). */
    protected void atAccreditedEmployer() {
        profiles.saveFacts(new EmployerFacts(COSCO, true, false, null));
    }

    protected SkillCaseSummary submit(SkillLevel level, String occupation, OrganisationKind channel, String major) {
        return skillCases.submit(new SkillApplication(level, occupation, channel, major)).summary();
    }

    protected AccountView evaluatorOf(String organisation) {
        String username = switch (organisation) {
            case SOCIAL -> "evalsocial";
            case EMPLOYER_STATION -> "evalcosco";
            case APPRAISAL -> "evalfire";
            default -> throw new IllegalArgumentException(organisation);
        };
        return accounts.findByUsername(username).orElseThrow();
    }

    protected String taskOf(String caseNumber) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    protected SkillCaseSummary assess(String caseNumber, Integer operational, Integer theory) {
        AccountView evaluator = evaluatorOf(as(accounts.findByUsername("admin").orElseThrow(),
                () -> skillCases.details(caseNumber).orElseThrow().summary().organisationName()));
        return as(evaluator, () -> skillCases.recordAssessment(taskOf(caseNumber), new Assessment(operational, theory)));
    }
}
