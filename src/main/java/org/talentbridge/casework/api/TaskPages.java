package org.talentbridge.casework.api;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.springframework.context.MessageSource;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * A page of a task list as the task APIs answer it ({@link TaskController}, {@link EmployerReviewController}): the
 * offset and limit checked first (a 400 naming the field), then the total and the page's tasks.
 */
final class TaskPages {

    static final int MAX_LIMIT = 200;

    /** One page of tasks from {@code offset} with at most {@code limit} rows. */
    interface Rows {
        List<InboxRow> page(int offset, int limit);
    }

    private TaskPages() {
    }

    static TaskPageResponse of(int offset, int limit, IntSupplier total, Rows rows, MessageSource messages, Locale locale) {
        check(offset, limit);
        return new TaskPageResponse(total.getAsInt(), offset, limit,
                rows.page(offset, limit).stream().map(r -> TaskResponse.of(r, messages, locale)).toList());
    }

    /** Offset 0 or more, limit 1 to {@link #MAX_LIMIT}, each refused on its field. */
    static void check(int offset, int limit) {
        if (offset < 0) {
            throw InvalidInputException.of("offset", "validation.notNegative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "validation.between", 1, MAX_LIMIT);
        }
    }
}
