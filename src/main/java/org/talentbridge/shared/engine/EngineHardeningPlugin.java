package org.talentbridge.shared.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that {@code application.yml} cannot express: our role ids (with underscores) are valid
 * group ids, the ADMIN role is the engine's administrator group, and ADMIN holds every permission on
 * every resource, so that the webapps (authorization on) work for administrators and nobody else.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    static final String ADMIN_GROUP = "ADMIN";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_.-]+");
        configuration.setAdminGroups(new ArrayList<>(List.of(ADMIN_GROUP)));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resource resource : Resources.values()) {
            long existing = authorizations.createAuthorizationQuery().groupIdIn(ADMIN_GROUP)
                    .resourceType(resource).resourceId(Authorization.ANY).count();
            if (existing == 0) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(ADMIN_GROUP);
                grant.setResource(resource);
                grant.setResourceId(Authorization.ANY);
                grant.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
