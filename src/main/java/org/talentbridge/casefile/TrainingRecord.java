package org.talentbridge.casefile;

import java.math.BigDecimal;

/** Skill-training or continuing-education hours of one course in one year (T2.5). */
public record TrainingRecord(Long id, int year, String course, String provider, BigDecimal hours) {
}
