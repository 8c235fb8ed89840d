package org.talentbridge.shared.engine;

/**
 * A process instance ended without reaching an end event: an administrator deleted it (Cockpit, {@code DELETE
 * /engine-rest/process-instance/{id}}, a cascading deployment delete). Published synchronously inside the deleting
 * transaction, also when custom listeners are skipped. The feature that owns the instance either brings its record
 * to a final state or refuses the deletion by throwing an {@link EngineRefusal} (the deletion then rolls back).
 *
 * @param processDefinitionKey the process's key
 * @param processInstanceId    the deleted instance
 * @param businessKey          its business key (a case or investigation number), or null
 * @param deletedBy            the authenticated user who deleted it ({@code system} when none)
 * @param deleteReason         the reason given to the engine, or null
 */
public record ProcessInstanceCancelled(String processDefinitionKey, String processInstanceId, String businessKey,
                                       String deletedBy, String deleteReason) {
}
