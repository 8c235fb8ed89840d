package org.talentbridge.monitoring;

/**
 * A task one person held went to another (an absence's substitute, or an administrator's bulk reassignment), or back
 * to its candidate groups ({@code to} null). Published synchronously, before the change, inside its transaction: the
 * notification module tells both people.
 *
 * @param from   who held the task
 * @param to     who holds it now (null: released to the candidate groups)
 * @param reason why (the absence's period and reason, or the administrator's reason)
 */
public record TaskHandedOn(String taskId, String taskName, String taskDefinitionKey, String processDefinitionId,
                           String caseNumber, String from, String to, String reason) {
}
