package org.talentbridge.investigation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of an investigation's record.
 *
 * @param maxFileBytes      the largest evidence file (PDF, JPEG or PNG by content)
 * @param maxFiles          the most files one investigation keeps
 * @param maxTextLength     the longest note, statement, allegation or finding
 * @param statementDaysMin  the shortest statement deadline, in days from today
 * @param statementDaysMax  the longest statement deadline, in days from today
 */
@ConfigurationProperties("app.investigation")
public record InvestigationProperties(@DefaultValue("10485760") long maxFileBytes, @DefaultValue("30") int maxFiles,
                                      @DefaultValue("4000") int maxTextLength, @DefaultValue("3") int statementDaysMin,
                                      @DefaultValue("60") int statementDaysMax) {
}
