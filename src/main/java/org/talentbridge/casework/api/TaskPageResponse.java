package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the inbox and the number of tasks the filter matches in all. */
@Schema(description = "A page of the review inbox, soonest due first")
record TaskPageResponse(
        @Schema(description = "Tasks matching the scope and filters, all pages together") int total,
        int offset,
        int limit,
        @Schema(description = "At most limit tasks (fewer on the last page)") List<TaskResponse> items) {
}
