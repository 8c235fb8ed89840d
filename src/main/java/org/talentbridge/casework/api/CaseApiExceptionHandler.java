package org.talentbridge.casework.api;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.talentbridge.casework.TaskClaimedException;
import org.talentbridge.casework.TaskGoneException;
import org.talentbridge.shared.web.ApiExceptionHandler;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/**
 * The case and task API's own outcomes; everything else (400, 403, the last-resort 500) is
 * {@link ApiExceptionHandler}'s. Messages follow Accept-Language.
 */
@RestControllerAdvice(basePackageClasses = CaseApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiExceptionHandler {

    private final MessageSource messages;

    CaseApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ApiError> caseNotFound(CaseNotFoundException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(404, messages.getMessage("case.notFound", new Object[] {e.caseNumber()}, locale), List.of()));
    }

    @ExceptionHandler(TaskGoneException.class)
    ResponseEntity<ApiError> taskGone(TaskGoneException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(404, messages.getMessage("api.taskGone", null, locale), List.of()));
    }

    @ExceptionHandler(TaskClaimedException.class)
    ResponseEntity<TaskConflict> taskClaimed(TaskClaimedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new TaskConflict(409,
                messages.getMessage("inbox.claimedByOther", new Object[] {e.getHolder(), e.getHolderUsername()}, locale),
                e.getHolderUsername(), e.getHolder()));
    }

    /** Two requests completed or claimed the same task at the same moment; the other one won. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ApiError> concurrentChange(OptimisticLockingException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(409, messages.getMessage("error.concurrentChange", null, locale), List.of()));
    }
}
