package org.talentbridge.demo;

import java.time.Clock;
import org.talentbridge.shared.demo.DemoDataProperties;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.skilleval.EvaluationOrganisations;
import org.talentbridge.skilleval.EvaluatorRequest;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.OrganisationRequest;
import org.talentbridge.skilleval.OrganisationView;

/**
 * Pathway S demo data (README, "Demo accounts" and "Pathway S walk"), after {@link DemoData}: one evaluation
 * organisation per channel (S4) with one evaluator each, and a professional for each channel besides 赵敏 (social
 * organisation): 孙强 (his accredited employer) and 周芳 (an access-type occupation: the appraisal institution).
 */
@Component
class SkillEvaluationDemoData {

    static final String COSCO = "舟山中远海运重工有限公司";

    private final DemoData demo;
    private final DemoDataProperties properties;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final EvaluationOrganisations organisations;
    private final TransactionTemplate tx;
    private final org.talentbridge.casefile.AchievementService achievements;
    private final org.talentbridge.casefile.CaseFileService caseFiles;
    private final Clock clock;

    SkillEvaluationDemoData(DemoData demo, DemoDataProperties properties, AccountService accounts, ProfileService profiles,
                            EvaluationOrganisations organisations, TransactionTemplate tx,
                            org.talentbridge.casefile.AchievementService achievements,
                            org.talentbridge.casefile.CaseFileService caseFiles, Clock clock) {
        this.clock = clock;
        this.achievements = achievements;
        this.caseFiles = caseFiles;
        this.demo = demo;
        this.properties = properties;
        this.accounts = accounts;
        this.profiles = profiles;
        this.organisations = organisations;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        if (demo.enabled() && accounts.exists("admin") && !accounts.exists("chenjing")) {
            tx.executeWithoutResult(status -> directApplicant());
        }
        if (!demo.enabled() || !accounts.exists("admin") || accounts.exists("evalsocial")) {
            return;
        }
        tx.executeWithoutResult(status -> {
            RunAs.run("admin", Role.ADMIN.authority(), () -> {
                evaluator("evalcosco", "冯评价", organisations.register(new OrganisationRequest(COSCO + "职业技能等级认定站",
                        OrganisationKind.EMPLOYER, COSCO, "焊工、电工、钳工、船舶电气装配工")));
                evaluator("evalsocial", "蒋评价", organisations.register(new OrganisationRequest("舟山市职业技能评价协会",
                        OrganisationKind.SOCIAL_ORGANISATION, null, "电工、焊工、车工、钳工、电子设备装接工、化学检验员")));
                evaluator("evalfire", "韩评价", organisations.register(new OrganisationRequest("舟山市消防行业职业技能鉴定站",
                        OrganisationKind.REGISTERED_APPRAISAL_INSTITUTION, null, "消防设施操作员")));
            });
            applicant("sunqiang", "孙强", "33090219920214004", "13657200004", () -> {
                profiles.saveFacts(new EmployerFacts(COSCO, true, false, null));
                profiles.addTitle(new TitleInput(TitleLevel.ASSISTANT, "工程技术", LocalDate.of(2021, 12, 20)));
                profiles.addWorkPeriod(new WorkPeriodInput(COSCO, "焊工", LocalDate.of(2016, 7, 1), null, true));
            });
            applicant("zhoufang", "周芳", "33090319930822005", "13557200005", () -> {
                profiles.saveFacts(new EmployerFacts("舟山市自来水有限公司", false, false, null));
                profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.of(2019, 12, 30)));
                profiles.addWorkPeriod(new WorkPeriodInput("舟山市自来水有限公司", "消防设施操作员", LocalDate.of(2015, 3, 1),
                        null, true));
                int year = LocalDate.now(clock).getYear();
                for (int y = year - 3; y < year; y++) {
                    profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
                }
            });
        });
    }

    /**
     * 陈静 for the S5 walk (直接申报): an electrician of the shipyard without title or skill level, with a provincial
     * competition prize and a technical innovation on her profile, each with a generated PDF.
     */
    private void directApplicant() {
        applicant("chenjing", "陈静", "33090219950317006", "13657200006", () -> {
            profiles.saveFacts(new EmployerFacts("舟山船厂", false, false, null));
            profiles.addWorkPeriod(new WorkPeriodInput("舟山船厂", "电工", LocalDate.of(2015, 7, 1), null, true));
            long prize = achievements.addAchievement(new org.talentbridge.casefile.AchievementInput(
                    org.talentbridge.casefile.AchievementKind.COMPETITION, LocalDate.of(2025, 10, 18),
                    "浙江省电工职业技能竞赛一等奖", null, null, null, null));
            long innovation = achievements.addAchievement(new org.talentbridge.casefile.AchievementInput(
                    org.talentbridge.casefile.AchievementKind.INNOVATION, LocalDate.of(2024, 5, 20),
                    "船舶岸电接入装置技术革新，年节约电费 40 万元", null, null, null, null));
            document(prize, "竞赛获奖证书.pdf", "浙江省电工职业技能竞赛", "获奖者 陈静", "一等奖", "2025 年 10 月");
            document(innovation, "技术革新成果证明.pdf", "技术革新成果证明", "船舶岸电接入装置", "舟山船厂 2024 年 5 月");
        });
    }

    private void document(long achievement, String fileName, String title, String... lines) {
        caseFiles.upload(org.talentbridge.casefile.ItemRef.of(org.talentbridge.casefile.ItemKind.ACHIEVEMENT, achievement),
                new org.talentbridge.shared.evidence.EvidenceFile(fileName, "application/pdf", CaseFileDemoData.pdf(title, lines)));
    }

    private void evaluator(String username, String name, OrganisationView organisation) {
        organisations.addEvaluator(new EvaluatorRequest(organisation.id(), username, name, properties.password()));
    }

    private void applicant(String username, String name, String idFirst17, String mobile, Runnable profile) {
        String idNumber = idFirst17 + ChineseIdNumber.checkCharacter(idFirst17);
        accounts.create(username, properties.password(), name, EnumSet.of(Role.APPLICANT), idNumber, mobile, null);
        RunAs.run(username, Role.APPLICANT.authority(), profile);
    }
}
