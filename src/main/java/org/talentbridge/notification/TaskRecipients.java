package org.talentbridge.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who should hear of a task: its assignee, or, while nobody holds it, its candidate users and every member of
 * its candidate groups (engine groups mirror our roles, and employers as {@code employer-<id>}).
 */
@Component
class TaskRecipients {

    private final IdentityService identity;

    TaskRecipients(IdentityService identity) {
        this.identity = identity;
    }

    Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
        Set<String> recipients = new LinkedHashSet<>();
        if (assignee != null) {
            recipients.add(assignee);
            return recipients;
        }
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                membersOf(link.getGroupId()).forEach(recipients::add);
            }
        }
        return recipients;
    }

    private List<String> membersOf(String group) {
        Callable<List<String>> query = () -> identity.createUserQuery().memberOfGroup(group).list().stream()
                .map(User::getId).toList();
        try {
            // inside an engine command (a task listener) the caller's engine authorizations would filter the users
            CommandContext command = Context.getCommandContext();
            return command == null ? query.call() : command.runWithoutAuthorization(query);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
