package org.talentbridge.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.scheduling.OncePerCluster;

/**
 * At start-up, once per cluster (ShedLock's row {@value #LOCK}; the start-up work runs under the start-up lock too),
 * the running title cases of older process versions are migrated to the latest ({@link TitleProcessMigration}), before
 * the inbox table's check ({@code OpenTasks.reconcile}, order 5). Batch size: {@code app.casework.migration-batch-size}.
 */
@Component
class TitleProcessMigrationAtStart {

    static final String LOCK = "title-process-migration";

    private final TitleProcessMigration migration;
    private final OncePerCluster once;

    TitleProcessMigrationAtStart(RepositoryService repository, RuntimeService runtime, AuditLog audit,
                                 PlatformTransactionManager transactions, OncePerCluster once,
                                 @Value("${app.casework.migration-batch-size}") int batchSize) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        this.migration = new TitleProcessMigration(repository, runtime, audit::record,
                work -> template.executeWithoutResult(status -> work.run()), batchSize);
        this.once = once;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    void atStart() {
        once.run(LOCK, migration::migrateAll);
    }
}
