package org.talentbridge.committee;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.talentbridge.shared.demo.DemoDataProperties;
import org.talentbridge.employer.EmployerRequest;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The demo expert pool: 16 COMMITTEE_MEMBER accounts ({@code expert01} … {@code expert16}) in the pool of 工程技术,
 * across levels and employers, five of them high-skilled talent. Loaded after the demo data set (same condition:
 * {@code app.demo-data.enabled}, or unset on the embedded database), once, through the services the screens use.
 */
@Component
class CommitteeDemoData {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDemoData.class);
    private static final String SERIES = "工程技术";

    /** username, name, employer (null: none), highest level they judge, high-skilled talent. */
    private record DemoExpert(String username, String name, String employer, TitleLevel maxLevel, boolean highSkilled) {
    }

    private static final List<DemoExpert> EXPERTS = List.of(
            new DemoExpert("expert01", "冯正高", "浙江海洋大学", TitleLevel.SENIOR, false),
            new DemoExpert("expert02", "陈工匠", "舟山中远海运重工有限公司", TitleLevel.SENIOR, true),
            new DemoExpert("expert03", "褚副高", "舟山市特种设备检测研究院", TitleLevel.ASSOCIATE_SENIOR, false),
            new DemoExpert("expert04", "卫技师", "浙江舟山船舶机械有限公司", TitleLevel.ASSOCIATE_SENIOR, true),
            new DemoExpert("expert05", "蒋工程", "舟山市自来水有限公司", TitleLevel.ASSOCIATE_SENIOR, false),
            new DemoExpert("expert06", "沈高工", "浙江海洋大学", TitleLevel.ASSOCIATE_SENIOR, false),
            new DemoExpert("expert07", "韩焊将", "舟山市特种设备检测研究院", TitleLevel.INTERMEDIATE, true),
            new DemoExpert("expert08", "杨中级", null, TitleLevel.INTERMEDIATE, false),
            new DemoExpert("expert09", "朱电工", "舟山市自来水有限公司", TitleLevel.INTERMEDIATE, true),
            new DemoExpert("expert10", "秦机械", "浙江舟山船舶机械有限公司", TitleLevel.INTERMEDIATE, false),
            new DemoExpert("expert11", "尤船舶", "舟山中远海运重工有限公司", TitleLevel.INTERMEDIATE, false),
            new DemoExpert("expert12", "许正高", null, TitleLevel.SENIOR, false),
            new DemoExpert("expert13", "何数控", "舟山市特种设备检测研究院", TitleLevel.INTERMEDIATE, true),
            new DemoExpert("expert14", "吕检测", "舟山市特种设备检测研究院", TitleLevel.ASSOCIATE_SENIOR, false),
            new DemoExpert("expert15", "施海工", "浙江海洋大学", TitleLevel.INTERMEDIATE, false),
            new DemoExpert("expert16", "张助理", null, TitleLevel.ASSISTANT, false));

    private final DemoDataProperties properties;
    private final Environment environment;
    private final AccountService accounts;
    private final EmployerService employers;
    private final ExpertPoolService expertPool;
    private final TransactionTemplate tx;

    CommitteeDemoData(DemoDataProperties properties, Environment environment, AccountService accounts,
                      EmployerService employers, ExpertPoolService expertPool, TransactionTemplate tx) {
        this.properties = properties;
        this.environment = environment;
        this.accounts = accounts;
        this.employers = employers;
        this.expertPool = expertPool;
        this.tx = tx;
    }

    boolean enabled() {
        return properties.enabledIn(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20) // after DemoData (10): its employers exist
    void load() {
        if (!enabled() || accounts.exists("expert01")) {
            return;
        }
        tx.executeWithoutResult(status -> {
            as("admin", Role.ADMIN, () -> {
                for (String name : List.of("浙江海洋大学", "舟山市特种设备检测研究院")) {
                    if (employers.findByName(name).isEmpty()) {
                        employers.register(new EmployerRequest(name, null, true));
                    }
                }
            });
            Map<String, Long> employerIds = employers.all().stream()
                    .collect(Collectors.toMap(EmployerView::name, EmployerView::id, (a, b) -> a));
            for (DemoExpert e : EXPERTS) {
                accounts.create(e.username(), properties.password(), e.name(), EnumSet.of(Role.COMMITTEE_MEMBER), null, null,
                        e.employer());
            }
            as("secretary", Role.COMMITTEE_SECRETARY, () -> EXPERTS.forEach(e -> expertPool.addExpert(new ExpertRequest(
                    e.username(), SERIES, e.maxLevel(), e.employer() == null ? null : employerIds.get(e.employer()),
                    e.highSkilled()))));
        });
        log.info("Committee demo data loaded: experts expert01 … expert{} in the pool of {}", EXPERTS.size(), SERIES);
    }

    private static void as(String username, Role role, Runnable action) {
        RunAs.run(username, role.authority(), action);
    }
}
