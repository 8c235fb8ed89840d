package org.talentbridge.casework.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.talentbridge.casework.InboxRow;

/** One waiting review task and the case it is about. */
@Schema(description = "A qualification-review task with its case")
record TaskResponse(
        String taskId,
        @Schema(example = "资格审核") String taskName,
        OffsetDateTime created,
        @Schema(nullable = true, description = "The account holding the task; null while unclaimed") String assignee,
        @Schema(nullable = true, description = "When the review is due (the round's working days)") OffsetDateTime due,
        boolean overdue,
        @JsonProperty("case") CaseSummaryResponse caseSummary) {

    static TaskResponse of(InboxRow row, MessageSource messages, Locale locale) {
        return new TaskResponse(row.taskId(), row.taskName(), ApiTimes.of(row.created()), row.assignee(), ApiTimes.of(row.due()),
                row.overdue(), CaseSummaryResponse.of(row.summary(), messages, locale));
    }
}
