package org.talentbridge.shared.engine;

import java.util.function.Supplier;

/**
 * Every user task of our processes carries a business decision (employer review, qualification review, series
 * decision, integrity review, correction, skill evaluation, the investigation's steps): it is completed only by the
 * feature service that owns it, after that service's checks, audit line and record. The service wraps its
 * {@code TaskService.complete} in {@link #complete}; anything else that completes such a task (Camunda Tasklist,
 * {@code POST /engine-rest/task/{id}/complete}, a form submission) is refused by the complete listener that
 * {@link EngineHardeningPlugin} adds to every user task.
 */
public final class BusinessTasks {

    private static final ThreadLocal<Integer> COMPLETING = ThreadLocal.withInitial(() -> 0);

    private BusinessTasks() {
    }

    /** Runs a task completion on behalf of the service that checked the decision. */
    public static void complete(Runnable completion) {
        complete(() -> {
            completion.run();
            return null;
        });
    }

    /** {@link #complete(Runnable)} with a result. Nests (a completion that triggers another service's completion). */
    public static <T> T complete(Supplier<T> completion) {
        COMPLETING.set(COMPLETING.get() + 1);
        try {
            return completion.get();
        } finally {
            int depth = COMPLETING.get() - 1;
            if (depth == 0) {
                COMPLETING.remove();
            } else {
                COMPLETING.set(depth);
            }
        }
    }

    /** True while a feature service completes a task in this thread. */
    public static boolean completingThroughService() {
        return COMPLETING.get() > 0;
    }
}
