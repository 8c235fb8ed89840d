package org.talentbridge.notification;

/**
 * Where a notice about a task leads, by its process: an integrity investigation's screen (its statement screen for the
 * person), a skill evaluation's screen (or a direct application's admission review), or else the title case page. The process keys and the statement task id are
 * those of the BPMN files in processes/ (a notification names no other feature's classes).
 */
final class TaskLinks {

    private static final String INVESTIGATION_PROCESS = "integrityInvestigation";
    private static final String STATEMENT_TASK = "Task_Statement";
    private static final String SKILL_PROCESS = "skillEvaluation";
    private static final String ADMISSION_TASK = "Task_AdmissionReview";

    private TaskLinks() {
    }

    static String of(String processDefinitionId, String taskDefinitionKey, String taskId, String businessKey) {
        if (businessKey == null) {
            return null;
        }
        if (processDefinitionId != null && processDefinitionId.startsWith(INVESTIGATION_PROCESS + ":")) {
            return STATEMENT_TASK.equals(taskDefinitionKey) ? "integrity/statements" : "integrity/investigations/" + businessKey;
        }
        if (processDefinitionId != null && processDefinitionId.startsWith(SKILL_PROCESS + ":")) {
            return (ADMISSION_TASK.equals(taskDefinitionKey) ? "skill/admission/" : "skill/evaluation/") + taskId;
        }
        return "cases/" + businessKey;
    }
}
