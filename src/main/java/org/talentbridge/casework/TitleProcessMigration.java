package org.talentbridge.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Running title cases of older versions of {@code titleApplication} go on in the latest one (decision 0005): the case
 * statuses are declared in the latest model only, so an instance left on an older version would stop changing status.
 * Every running instance of an older version is migrated with the engine's migration API, a plan per version that
 * maps the equal activities (the element ids never change) and updates the timers' triggers (the correction deadline
 * is the same variable), {@code batchSize} instances per transaction, each batch audited. An instance the engine
 * refuses to migrate is left on its version, logged as a warning and audited ({@code process.notMigrated}, with what
 * the engine said) and listed in the result; the next start tries it again. Its status then changes only where code
 * still moves it (withdrawn, stopped, cancelled): an administrator repairs it on the monitoring screens (moves it, or
 * cancels it, which ends the case CANCELLED so that its applicant may apply again). Started once per cluster at
 * start-up ({@link TitleProcessMigrationAtStart}); plain so that the engine-only tests run it on an engine of their own.
 */
public class TitleProcessMigration {

    private static final Logger log = LoggerFactory.getLogger(TitleProcessMigration.class);

    /** Where batches and instances left behind are recorded: the audit trail (action, subject, details). */
    public interface Record {
        void record(String action, String subject, String details);
    }

    /** An instance left on its version, and why. */
    public record Left(String processInstanceId, String caseNumber, int version, String why) {
    }

    /** The instances migrated and the ones left on their version. */
    public record Result(List<String> migrated, List<Left> left) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final Record audit;
    private final Consumer<Runnable> inTransaction;
    private final int batchSize;

    public TitleProcessMigration(RepositoryService repository, RuntimeService runtime, Record audit,
                                 Consumer<Runnable> inTransaction, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.repository = repository;
        this.runtime = runtime;
        this.audit = audit;
        this.inTransaction = inTransaction;
        this.batchSize = batchSize;
    }

    /** Migrates every running instance of an older version to the latest version. */
    public Result migrateAll() {
        List<String> migrated = new ArrayList<>();
        List<Left> left = new ArrayList<>();
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(TitleApplicationProcess.KEY).latestVersion().singleResult();
        if (latest == null) {
            return new Result(migrated, left);
        }
        for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(TitleApplicationProcess.KEY)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (old.getVersion() >= latest.getVersion()) {
                continue;
            }
            List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).list();
            if (running.isEmpty()) {
                continue;
            }
            MigrationPlan plan;
            try {
                plan = runtime.createMigrationPlan(old.getId(), latest.getId()).mapEqualActivities().updateEventTriggers().build();
            } catch (MigrationPlanValidationException e) {
                running.forEach(pi -> leave(left, pi, old, e.getMessage()));
                continue;
            }
            for (int first = 0; first < running.size(); first += batchSize) {
                List<ProcessInstance> batch = new ArrayList<>(running.subList(first, Math.min(running.size(), first + batchSize)));
                migrateBatch(plan, batch, old, latest, migrated, left);
            }
        }
        if (!migrated.isEmpty() || !left.isEmpty()) {
            log.info("titleApplication: {} running instances migrated to version {}, {} left on their version",
                    migrated.size(), latest.getVersion(), left.size());
        }
        return new Result(migrated, left);
    }

    /** One transaction per batch; an instance the engine refuses is taken out and the rest tried again. */
    private void migrateBatch(MigrationPlan plan, List<ProcessInstance> batch, ProcessDefinition old, ProcessDefinition latest,
                              List<String> migrated, List<Left> left) {
        while (!batch.isEmpty()) {
            List<String> ids = batch.stream().map(ProcessInstance::getId).toList();
            try {
                inTransaction.accept(() -> {
                    runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().skipIoMappings().execute();
                    audit.record("process.migrated", "process:" + TitleApplicationProcess.KEY, "version " + old.getVersion()
                            + " -> " + latest.getVersion() + ": " + ids.size() + " instances");
                });
                migrated.addAll(ids);
                return;
            } catch (MigratingProcessInstanceValidationException e) {
                String refused = e.getValidationReport().getProcessInstanceId();
                ProcessInstance pi = batch.stream().filter(p -> p.getId().equals(refused)).findFirst().orElse(null);
                if (pi == null) {
                    batch.forEach(p -> leave(left, p, old, e.getMessage()));
                    return;
                }
                leave(left, pi, old, e.getMessage());
                batch.remove(pi);
            } catch (ProcessEngineException e) {
                if (batch.size() == 1) {
                    leave(left, batch.get(0), old, e.getMessage());
                    return;
                }
                // not attributable to one instance: one by one
                for (ProcessInstance pi : List.copyOf(batch)) {
                    migrateBatch(plan, new ArrayList<>(List.of(pi)), old, latest, migrated, left);
                }
                return;
            }
        }
    }

    private void leave(List<Left> left, ProcessInstance pi, ProcessDefinition old, String why) {
        log.warn("titleApplication instance {} (case {}) left on version {}: {}", pi.getId(), pi.getBusinessKey(),
                old.getVersion(), why);
        inTransaction.accept(() -> audit.record("process.notMigrated", "case:" + pi.getBusinessKey(),
                "instance " + pi.getId() + " on version " + old.getVersion() + ": " + why));
        left.add(new Left(pi.getId(), pi.getBusinessKey(), old.getVersion(), why));
    }
}
