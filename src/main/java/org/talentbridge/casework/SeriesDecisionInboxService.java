package org.talentbridge.casework;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.catalog.SeriesDecisionService;
import org.talentbridge.catalog.SeriesDecisionView;

/**
 * The committee secretary's series decisions (rule T0): cases whose occupation the annex does not list wait here.
 * One decision per occupation: deciding it releases every waiting case of that occupation, and later cases of it
 * never come here.
 */
@Service
@PreAuthorize("hasRole('COMMITTEE_SECRETARY')")
public class SeriesDecisionInboxService {

    private final CaseTasks tasks;
    private final SeriesDecisionService decisions;

    SeriesDecisionInboxService(CaseTasks tasks, SeriesDecisionService decisions) {
        this.tasks = tasks;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> page(int offset, int limit) {
        return tasks.page(tasks.offered(query()), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return tasks.count(tasks.offered(query()));
    }

    /**
     * Records the series of the task's occupation and sends every case waiting for it (this one included) back to
     * screening. A task decided a moment ago by another secretary is gone (TaskGoneException).
     */
    @Transactional
    public SeriesDecisionView decide(String taskId, String series, String reason) {
        Task task = tasks.task(query(), taskId);
        String occupation = occupationOf(task);
        SeriesDecisionView decision = decisions.decide(occupation, series, reason, tasks.caseNumberOf(task));
        try {
            List<Task> waiting = new java.util.ArrayList<>(
                    query().processVariableValueEquals(TitleApplicationProcess.VAR_OCCUPATION, occupation).list());
            if (waiting.stream().noneMatch(t -> t.getId().equals(task.getId()))) {
                waiting.add(task); // an instance started before the occupation became a process variable
            }
            for (Task t : waiting) {
                tasks.complete(t, Map.of());
            }
        } catch (OptimisticLockingException e) {
            throw new TaskGoneException();
        }
        return decision;
    }

    private String occupationOf(Task task) {
        return tasks.row(query(), task.getId()).summary().occupationName();
    }

    private TaskQuery query() {
        return tasks.query(TitleApplicationProcess.TASK_SERIES_DECISION).taskCandidateGroup("COMMITTEE_SECRETARY")
                .includeAssignedTasks();
    }
}
