package org.talentbridge.account.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.talentbridge.account.PasswordRules;

/** Installs {@link EnginePasswordPolicy} as the engine's password policy (the engine's API has no other way in). */
@Component
class EnginePasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    private final PasswordRules passwords;

    EnginePasswordPolicyPlugin(PasswordRules passwords) {
        this.passwords = passwords;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordPolicy(new EnginePasswordPolicy(passwords));
    }
}
