package org.talentbridge.casework;

import java.util.Date;

/** A returned case's pending correction: the reviewer's reason and the deadline. */
public record Correction(String reason, Date deadline) {
}
