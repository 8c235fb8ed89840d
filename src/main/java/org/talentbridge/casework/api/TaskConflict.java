package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** 409: somebody else holds the task; {@code holder} is their account, the message names them. */
@Schema(description = "The task is held by somebody else")
record TaskConflict(@Schema(example = "409") int status, @Schema(example = "该任务已被 审核员一（reviewer）认领") String message,
                    @Schema(example = "reviewer") String holder, @Schema(example = "审核员一") String holderName) {
}
