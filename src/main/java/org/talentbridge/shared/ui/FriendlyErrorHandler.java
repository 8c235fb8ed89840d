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
        } else {
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String message = ui.getTranslation(key);
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
