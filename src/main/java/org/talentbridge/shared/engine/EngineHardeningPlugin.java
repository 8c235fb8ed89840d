package org.talentbridge.shared.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;

/**
 * Engine settings that {@code application.yml} cannot express, and the engine's own doors (issue 13):
 * <ul>
 *   <li>our role ids (with underscores) are valid group ids, the ADMIN role is the engine's administrator group, and
 *       ADMIN holds every permission on every resource, so that the webapps (authorization on) work for
 *       administrators and nobody else;</li>
 *   <li>every user task refuses to be completed unless its feature service completes it ({@link BusinessTasks}): Tasklist
 *       and {@code POST /engine-rest/task/{id}/complete} get a 403 with the reason;</li>
 *   <li>a process instance that ends without reaching an end event (deleted in Cockpit or through the REST API) is
 *       announced as {@link ProcessInstanceCancelled} inside the deleting transaction, so that its feature ends its
 *       case or refuses the deletion.</li>
 * </ul>
 * Both listeners are built-in ones: "skip custom listeners" in Cockpit or the REST API does not skip them, and they
 * apply to every deployed version of every process, the ones deployed before them included.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    static final String ADMIN_GROUP = "ADMIN";

    private final ApplicationEventPublisher events;
    private final EngineMessages messages;

    EngineHardeningPlugin(ApplicationEventPublisher events, EngineMessages messages) {
        this.events = events;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_.-]+");
        configuration.setAdminGroups(new ArrayList<>(List.of(ADMIN_GROUP)));
        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new DoorsParseListener());
        configuration.setCustomPreBPMNParseListeners(parseListeners);
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
                try {
                    authorizations.saveAuthorization(grant);
                } catch (RuntimeException e) {
                    // another node starting at the same moment granted it first (act_uniq_auth_group): nothing to do
                    if (authorizations.createAuthorizationQuery().groupIdIn(ADMIN_GROUP).resourceType(resource)
                            .resourceId(Authorization.ANY).count() == 0) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * End listener of every user task's activity: a task that is left (completed, or its form submitted) outside its
     * feature service is refused. A task that is cancelled (withdrawal, deadline, integrity stop, deletion) passes.
     * An end listener and not a task listener: the engine wraps what task listeners throw into a generic exception
     * (a 500 in the REST API), while an end listener's refusal reaches the caller as it is (403). The task's own
     * complete listeners step aside when no service completes it (they would otherwise ask for missing variables).
     */
    void requireCompletionThroughService(String activityName, String activityId, DelegateExecution execution) {
        if (!execution.isCanceled() && !BusinessTasks.completingThroughService()) {
            throw new EngineRefusal(messages.text("engine.taskCompletedOnItsScreenOnly", activityName, activityId));
        }
    }

    /** End listener of every process instance: a deleted instance is announced to its feature. */
    void announceIfCancelled(String processDefinitionKey, DelegateExecution execution) {
        if (!execution.isCanceled() || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        Authentication engineUser = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = engineUser != null && engineUser.getUserId() != null ? engineUser.getUserId() : AuditLog.currentActor();
        String reason = execution instanceof ExecutionEntity entity ? entity.getDeleteReason() : null;
        events.publishEvent(new ProcessInstanceCancelled(processDefinitionKey, execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(), by, reason));
    }

    private final class DoorsParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            String key = processDefinition.getKey();
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                    (ExecutionListener) execution -> announceIfCancelled(key, execution));
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            // (a user task with asyncAfter would end in a job, outside its service: none of ours has one)
            String name = userTaskElement.attribute("name") == null ? activity.getId() : userTaskElement.attribute("name");
            String id = activity.getId();
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                    (ExecutionListener) execution -> requireCompletionThroughService(name, id, execution));
        }
    }
}
