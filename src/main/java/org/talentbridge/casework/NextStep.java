package org.talentbridge.casework;

import java.util.List;

/** What is expected now, and of whom: a message key with its arguments, and whether the viewer must act. */
public record NextStep(String messageKey, List<String> args, boolean viewerMustAct) {
}
