package org.talentbridge.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * What a user sees when something goes wrong in a screen: a message in their language, never a stack
 * trace. The full error goes to the log.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key = "error.unexpected";
        if (causedBy(error, AccessDeniedException.class)) {
            key = "error.forbidden";
        } else if (causedBy(error, OptimisticLockingFailureException.class)
                || causedBy(error, org.camunda.bpm.engine.OptimisticLockingException.class)) {
            key = "error.concurrentChange";
        } else if (causedBy(error, InvalidInputException.class)) {
            log.debug("Refused input reached the error handler", error);
        } else {
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        InvalidInputException refused = cause(error, InvalidInputException.class);
        if (ui != null) {
            // input a screen did not catch: its sentences, never the key or the field's name (issue 12, item 4)
            String message = refused != null ? FormErrors.message(ui, refused) : ui.getTranslation(key);
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
