package org.talentbridge.notification.ui;

import org.talentbridge.shared.ui.HeaderItem;

/** The notification bell in the header of every signed-in screen. */
@org.springframework.stereotype.Component
class BellInHeader implements HeaderItem {

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell();
    }
}
