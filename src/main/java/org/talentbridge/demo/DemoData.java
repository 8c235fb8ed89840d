package org.talentbridge.demo;

import java.time.Clock;
import org.talentbridge.shared.demo.DemoDataProperties;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.employer.EmployerRequest;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * One account per role and a few applicants with realistic profiles (README, "Demo accounts"). Loaded once,
 * in one transaction, through the same services the screens use; skipped when the accounts exist.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataProperties properties;
    private final Environment environment;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final TransactionTemplate tx;
    private final RoundService rounds;
    private final CatalogService catalog;
    private final EmployerService employers;
    private final Clock clock;

    DemoData(DemoDataProperties properties, Environment environment, AccountService accounts, ProfileService profiles,
             TransactionTemplate tx, RoundService rounds, CatalogService catalog, EmployerService employers, Clock clock) {
        this.clock = clock;
        this.employers = employers;
        this.rounds = rounds;
        this.catalog = catalog;
        this.properties = properties;
        this.environment = environment;
        this.accounts = accounts;
        this.profiles = profiles;
        this.tx = tx;
    }

    boolean enabled() {
        return properties.enabledIn(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        if (!enabled() || accounts.exists("wanghan")) {
            return;
        }
        tx.executeWithoutResult(status -> {
            staff("admin", "系统管理员", Role.ADMIN);
            staff("reviewer", "陈审核", Role.REVIEWER);
            staff("reviewer2", "林审核", Role.REVIEWER);
            staff("secretary", "周秘书", Role.COMMITTEE_SECRETARY);
            staff("expert", "吴评委", Role.COMMITTEE_MEMBER);
            staff("integrity", "郑诚信", Role.INTEGRITY_OFFICER);
            staff("integrity2", "冯复核", Role.INTEGRITY_OFFICER); // four eyes: a second officer approves findings
            round();
            employers();
            welder();
            cncMachinist();
            engineer();
        });
        log.info("Demo data loaded: accounts admin, reviewer, reviewer2, secretary, expert, integrity, hr, hr2, hr3, "
                + "wanghan, lihua, zhaomin");
    }

    /** An open round for every series: reference date the end of this year, intake from a month ago for three months. */
    private void round() {
        LocalDate today = LocalDate.now(clock);
        rounds.createAs(new RoundRequest(today.getYear(), today.getYear() + "年度高技能人才职称评审", catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusMonths(1), today.plusMonths(2), 10, 5), "admin");
    }

    /** The demo applicants' employers, each with one employer reviewer (hr, hr2, hr3). */
    private void employers() {
        as("admin", Role.ADMIN, () -> {
            hr("hr", "何人事", employers.register(new EmployerRequest("舟山中远海运重工有限公司", "91330900MA2A0B1C2D", false)));
            hr("hr2", "钱人事", employers.register(new EmployerRequest("浙江舟山船舶机械有限公司", "91330900MA2A0B1C3E", false)));
            hr("hr3", "孙人事", employers.register(new EmployerRequest("舟山市自来水有限公司", "91330900MA2A0B1C4F", false)));
            employers.register(new EmployerRequest("舟山市第二人民医院", "12330900MB0A1B2C3D", true));
        });
    }

    private void hr(String username, String name, EmployerView employer) {
        accounts.createEmployerReviewer(username, properties.password(), name, employer);
    }

    private void staff(String username, String name, Role role) {
        if (accounts.exists(username)) {
            return; // e.g. the initial administrator, created before the demo data
        }
        accounts.create(username, properties.password(), name, EnumSet.of(role), null, null, "舟山市人力资源和社会保障局");
    }

    /** 王焊: welder, technician since mid-2022, three good years: the T2.2 (intermediate) case. */
    private void welder() {
        applicant("wanghan", "王焊", "33090219880312001", "13857200001", () -> {
            profiles.saveFacts(new EmployerFacts("舟山中远海运重工有限公司", true, false, null));
            profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", LocalDate.of(2022, 6, 30),
                    "S330900202206300017", "舟山市职业技能鉴定中心"));
            profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "焊工", LocalDate.of(2017, 5, 20),
                    "S330900201705200311", "舟山市职业技能鉴定中心"));
            profiles.addWorkPeriod(new WorkPeriodInput("舟山中远海运重工有限公司", "焊工", LocalDate.of(2012, 7, 1),
                    null, true));
            assessments(AssessmentResult.QUALIFIED, AssessmentResult.EXCELLENT, AssessmentResult.QUALIFIED);
        });
    }

    /** 李华: CNC turner, senior technician and Zhejiang craftsman: standard and green-channel routes. */
    private void cncMachinist() {
        applicant("lihua", "李华", "33090319850917002", "13957200002", () -> {
            profiles.saveFacts(new EmployerFacts("浙江舟山船舶机械有限公司", false, false, TechnicalSchoolClass.PRE_TECHNICIAN_CLASS));
            profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_TECHNICIAN, "车工", LocalDate.of(2019, 11, 8),
                    "S330900201911080045", "浙江省职业技能鉴定指导中心"));
            profiles.addWorkPeriod(new WorkPeriodInput("宁波机床厂", "车工", LocalDate.of(2006, 3, 1),
                    LocalDate.of(2014, 12, 31), true));
            profiles.addWorkPeriod(new WorkPeriodInput("浙江舟山船舶机械有限公司", "车工", LocalDate.of(2015, 1, 5),
                    null, true));
            profiles.saveAwards(Set.of(Award.ZHEJIANG_CRAFTSMAN));
            assessments(AssessmentResult.EXCELLENT, AssessmentResult.EXCELLENT, AssessmentResult.QUALIFIED);
        });
    }

    /** 赵敏: engineer with an intermediate title who works as an electrician: pathway S (technician). */
    private void engineer() {
        applicant("zhaomin", "赵敏", "33092119900105003", "13757200003", () -> {
            profiles.saveFacts(new EmployerFacts("舟山市自来水有限公司", false, true, null));
            profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工程技术", LocalDate.of(2020, 12, 25)));
            profiles.addWorkPeriod(new WorkPeriodInput("舟山市自来水有限公司", "电工", LocalDate.of(2013, 8, 1),
                    null, true));
            assessments(AssessmentResult.QUALIFIED, AssessmentResult.QUALIFIED, AssessmentResult.QUALIFIED);
        });
    }

    private void assessments(AssessmentResult... results) {
        int year = LocalDate.now(clock).getYear() - results.length;
        for (AssessmentResult result : results) {
            profiles.addAssessment(new AssessmentInput(year++, result));
        }
    }

    private void applicant(String username, String name, String idFirst17, String mobile, Runnable profile) {
        String idNumber = idFirst17 + ChineseIdNumber.checkCharacter(idFirst17);
        accounts.create(username, properties.password(), name, EnumSet.of(Role.APPLICANT), idNumber, mobile, null);
        as(username, Role.APPLICANT, profile);
    }

    private static void as(String username, Role role, Runnable action) {
        RunAs.run(username, role.authority(), action);
    }
}
