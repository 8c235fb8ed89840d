package org.talentbridge.account.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.talentbridge.account.PasswordRules;

/**
 * The engine's password policy ({@code enablePasswordPolicy}) made of our {@link PasswordRules}, so that a password
 * set through the engine (Camunda Admin, {@code /engine-rest/user}) meets the same rules as ours: 8-64 characters,
 * letters and digits, not the account name, not a common password.
 */
final class EnginePasswordPolicy implements PasswordPolicy {

    private final List<PasswordPolicyRule> rules;

    EnginePasswordPolicy(PasswordRules passwords) {
        rules = List.of(
                rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", Integer.toString(PasswordRules.MIN_LENGTH),
                        "maxLength", Integer.toString(PasswordRules.MAX_LENGTH)), (p, u) -> passwords.hasValidLength(p)),
                rule("PASSWORD_POLICY_LETTERS_AND_DIGITS", Map.of(), (p, u) -> passwords.hasLettersAndDigits(p)),
                rule("PASSWORD_POLICY_USER_DATA", Map.of(), (p, u) -> u == null || !passwords.containsUsername(p, u.getId())),
                rule("PASSWORD_POLICY_COMMON", Map.of(), (p, u) -> !passwords.isCommon(p)));
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    private static PasswordPolicyRule rule(String placeholder, Map<String, String> parameters,
                                           BiPredicate<String, User> passes) {
        return new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return placeholder;
            }

            @Override
            public Map<String, String> getParameters() {
                return parameters;
            }

            @Override
            public boolean execute(String candidatePassword) {
                return passes.test(candidatePassword, null);
            }

            @Override
            public boolean execute(String candidatePassword, User user) {
                return passes.test(candidatePassword, user);
            }
        };
    }
}
