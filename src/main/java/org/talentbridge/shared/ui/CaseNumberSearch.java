package org.talentbridge.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The task lists' case-number search: labelled, clearable, and refreshing the list as the user pauses typing. */
public class CaseNumberSearch extends TextField {

    public CaseNumberSearch(Runnable refresh) {
        setLabel(getTranslation("case.number"));
        setPlaceholder(getTranslation("inbox.search"));
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> refresh.run());
    }
}
