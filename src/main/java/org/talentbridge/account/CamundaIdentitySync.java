package org.talentbridge.account;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.talentbridge.employer.EmployerView;

/**
 * Keeps the engine's users, groups and memberships equal to our accounts and roles, in the same
 * transaction as the account change (one DataSource, one transaction manager). Camunda holds no passwords:
 * everybody signs in through Spring Security, and the Camunda webapps trust that sign-in.
 */
@Component
class CamundaIdentitySync {

    private final IdentityService identity;

    CamundaIdentitySync(IdentityService identity) {
        this.identity = identity;
    }

    void ensureGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.name(), role.name(), role == Role.ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators (= ADMIN)", Groups.GROUP_TYPE_SYSTEM);
    }

    /** Creates the engine group unless it exists (idempotent). */
    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    /**
     * Makes a user a member of a group another feature keeps (a skill evaluation organisation's {@code evalorg-<id>}),
     * creating the group if needed; {@link #sync} leaves such memberships alone.
     */
    void join(String username, String group) {
        ensureGroup(group, group, Groups.GROUP_TYPE_WORKFLOW);
        if (identity.createGroupQuery().groupId(group).groupMember(username).count() == 0) {
            identity.createMembership(username, group);
        }
    }

    /**
     * The engine groups of an account: its roles, the webapps' administrator group for ADMIN, and for an
     * employer reviewer the group of its employer (where that employer's review tasks wait).
     */
    static Set<String> groupsOf(Set<Role> roles, Long employerId) {
        Set<String> groups = roles.stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (roles.contains(Role.ADMIN)) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        if (roles.contains(Role.EMPLOYER_REVIEWER) && employerId != null) {
            groups.add(EmployerView.groupOf(employerId));
        }
        return groups;
    }

    /**
     * The groups this sync owns: roles, the webapps' administrators, employers. Other features keep their own groups
     * (the skill evaluation organisations' {@code evalorg-<id>}), which a sync never removes.
     */
    private static boolean managedHere(String group) {
        return group.equals(Groups.CAMUNDA_ADMIN) || group.startsWith("employer-")
                || java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(group));
    }

    void sync(Account account) {
        String id = account.getUsername();
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
        }
        user.setFirstName(account.getDisplayName());
        user.setLastName("");
        identity.saveUser(user);

        Set<String> current = identity.createGroupQuery().groupMember(id).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> wanted = groupsOf(account.getRoles(), account.getEmployerId());
        for (String group : wanted) {
            ensureGroup(group, group, Groups.GROUP_TYPE_WORKFLOW);
            if (!current.contains(group)) {
                identity.createMembership(id, group);
            }
        }
        for (String group : current) {
            if (!wanted.contains(group) && managedHere(group)) {
                identity.deleteMembership(id, group);
            }
        }
    }
}
