package org.talentbridge.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The shipped tables ({@code processes/*.dmn} on the classpath) become the first version, ZJ2022-77, active from
 * 2022-12-17 (30 days after the policy's publication on 2022-11-17), the first time the rules are read on an empty
 * table. Two nodes doing it at once store it once (the name is unique).
 */
@Component
class ShippedRules implements SmartInitializingSingleton {

    static final String NAME = org.talentbridge.eligibility.DecisionTables.POLICY;
    static final LocalDate EFFECTIVE = LocalDate.of(2022, 12, 17);

    private final RulesVersionStore store;
    private final TransactionTemplate transaction;

    private volatile boolean stored;

    ShippedRules(RulesVersionStore store, PlatformTransactionManager transactions) {
        this.store = store;
        // its own transaction: the first read may come inside a caller's read-only one
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** At start, before any screening. */
    @Override
    public void afterSingletonsInstantiated() {
        storeIfNone();
    }

    void storeIfNone() {
        if (stored) {
            return;
        }
        if (!store.empty()) {
            stored = true;
            return;
        }
        transaction.executeWithoutResult(tx -> store.insert(NAME, "浙人社发〔2022〕77号", null, "system").ifPresent(id -> {
            try {
                for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.dmn")) {
                    String xml;
                    try (InputStream in = file.getInputStream()) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    DraftValidator.Checked checked = DraftValidator.check(file.getFilename(), xml);
                    if (!checked.problems().isEmpty()) {
                        throw new InvalidInputException(checked.problems());
                    }
                    store.insertTable(id, checked.key(), file.getFilename(), 1, xml);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store.activate(id, EFFECTIVE, "system");
        }));
        stored = true;
    }
}
