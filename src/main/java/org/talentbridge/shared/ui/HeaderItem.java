package org.talentbridge.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header of every signed-in screen, left of the user's name (the notification bell,
 * say). Features declare it as a Spring bean, so the layout knows no feature.
 */
public interface HeaderItem {

    /** A new component for one screen (called once per layout instance). */
    Component create();
}
