package org.talentbridge.shared.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The engine refuses an administrator's action that would bypass a feature's rules (completing a decision task in
 * Tasklist or through the engine REST API, deleting an integrity investigation). An {@link AuthorizationException},
 * so that the engine REST API answers 403 with the message and Cockpit/Tasklist show it; the transaction rolls back.
 */
public class EngineRefusal extends AuthorizationException {

    public EngineRefusal(String message) {
        super(message);
    }
}
