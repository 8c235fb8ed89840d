package org.talentbridge.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case is, for its own page: the stages as a stepper (done, now, next) and, for staff, the diagram with the
 * position. The caller (the case page) asks only about a case its own service has let the reader see; the stepper
 * holds no more than the stage names.
 */
@Service
public class CasePosition {

    /** The stepper's stages per process: a stage and the activities that belong to it, in the order a case goes. */
    static final Map<String, Map<String, Set<String>>> STAGES = Map.of(
            "titleApplication", ordered(
                    "screening", Set.of("Task_Screening", "Task_SeriesDecision"),
                    "employerReview", Set.of("Task_EmployerReview"),
                    "qualificationReview", Set.of("Task_QualificationReview", "Task_Correction"),
                    "committee", Set.of("Task_CommitteeReview"),
                    "integrity", Set.of("Task_IntegrityChecks", "Task_IntegrityReview", "Task_Investigation"),
                    "publicity", Set.of("Task_Publicity"),
                    "grant", Set.of("Task_Grant")),
            "skillEvaluation", ordered(
                    "screening", Set.of("Task_Screening"),
                    "evaluation", Set.of("Task_Evaluation"),
                    "grant", Set.of("Task_Grant")));

    private final HistoryService history;
    private final InstanceInspection inspection;

    CasePosition(HistoryService history, InstanceInspection inspection) {
        this.history = history;
        this.inspection = inspection;
    }

    private static Map<String, Set<String>> ordered(Object... pairs) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> activities = (Set<String>) pairs[i + 1];
            out.put((String) pairs[i], activities);
        }
        return out;
    }

    /** The stages of the case's process with their state (empty for a process without a stepper). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseStage> stepper(String processInstanceId) {
        Position p = position(processInstanceId);
        if (p == null || !STAGES.containsKey(p.processKey)) {
            return List.of();
        }
        Map<String, Set<String>> stages = STAGES.get(p.processKey);
        List<String> names = new ArrayList<>(stages.keySet());
        int now = -1;
        int furthest = -1;
        for (int i = 0; i < names.size(); i++) {
            Set<String> activities = stages.get(names.get(i));
            if (activities.stream().anyMatch(p.current::contains)) {
                now = i;
            }
            if (activities.stream().anyMatch(a -> p.passed.contains(a) || p.current.contains(a))) {
                furthest = i;
            }
        }
        int done = now >= 0 ? now : furthest + 1;
        List<CaseStage> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CaseStage.State state = i < done ? CaseStage.State.DONE : i == now ? CaseStage.State.NOW : CaseStage.State.NEXT;
            out.add(new CaseStage("caseStage." + p.processKey + "." + names.get(i), state));
        }
        return out;
    }

    /**
     * The newest instance of {@code processKey} with this case number (its business key), for a case page whose own
     * records do not keep the instance id; empty when there is none.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<String> instanceOf(String processKey, String caseNumber) {
        if (processKey == null || caseNumber == null || !STAGES.containsKey(processKey)) {
            return java.util.Optional.empty();
        }
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().map(HistoricProcessInstance::getId);
    }

    /** For staff: the diagram of the case's process version with what it passed and where it waits. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'EMPLOYER_REVIEWER', 'EVALUATOR')")
    @Transactional(readOnly = true)
    public java.util.Optional<Diagram> diagram(String processInstanceId) {
        Position p = position(processInstanceId);
        return p == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Diagram(inspection.xml(p.definitionId), p.passed, p.current));
    }

    /** A process diagram and the activities to mark on it. */
    public record Diagram(String bpmnXml, Set<String> passed, Set<String> current) {
    }

    private Position position(String processInstanceId) {
        HistoricProcessInstance instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return null;
        }
        Set<String> passed = new java.util.LinkedHashSet<>();
        Set<String> current = new java.util.LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .listPage(0, InstanceInspection.MAX_STEPS)) {
            (a.getEndTime() == null && instance.getEndTime() == null ? current : passed).add(a.getActivityId());
        }
        passed.removeAll(current);
        return new Position(instance.getProcessDefinitionKey(), instance.getProcessDefinitionId(), passed, current);
    }

    private record Position(String processKey, String definitionId, Set<String> passed, Set<String> current) {
    }
}
