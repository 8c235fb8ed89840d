package org.talentbridge.equivalence;

import java.util.EnumSet;
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
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.shared.demo.DemoDataProperties;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * Pathway Q demo accounts, loaded after the demo data set (same condition), once: {@code sunhui} 孙慧, an applicant who
 * graduated from a 高级工班 and has no confirmation yet, and {@code examoffice} 考试中心, an EXAM_OFFICE user.
 */
@Component
class EquivalenceDemoData {

    private static final Logger log = LoggerFactory.getLogger(EquivalenceDemoData.class);

    private final DemoDataProperties properties;
    private final Environment environment;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final TransactionTemplate tx;

    EquivalenceDemoData(DemoDataProperties properties, Environment environment, AccountService accounts,
                        ProfileService profiles, TransactionTemplate tx) {
        this.properties = properties;
        this.environment = environment;
        this.accounts = accounts;
        this.profiles = profiles;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30) // after DemoData (10): its employers exist
    void load() {
        if (!properties.enabledIn(environment) || accounts.exists("sunhui")) {
            return;
        }
        tx.executeWithoutResult(status -> {
            String first17 = "33090219990815004";
            accounts.create("sunhui", properties.password(), "孙慧", EnumSet.of(Role.APPLICANT),
                    first17 + ChineseIdNumber.checkCharacter(first17), "13657200004", null);
            RunAs.run("sunhui", Role.APPLICANT.authority(), () -> profiles.saveFacts(
                    new EmployerFacts("舟山市自来水有限公司", false, false, TechnicalSchoolClass.SENIOR_WORKER_CLASS)));
            if (!accounts.exists("examoffice")) {
                accounts.create("examoffice", properties.password(), "考试中心", EnumSet.of(Role.EXAM_OFFICE), null, null,
                        "浙江省人事考试院");
            }
        });
        log.info("Equivalence demo data loaded: accounts sunhui (高级工班 graduate), examoffice (EXAM_OFFICE)");
    }
}
