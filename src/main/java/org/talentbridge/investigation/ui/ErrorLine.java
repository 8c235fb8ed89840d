package org.talentbridge.investigation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * A line of error text for problems that belong to no input field (the upload, the task, the four-eyes rule), so that
 * {@link org.talentbridge.shared.ui.FormErrors} can place them beside the part of the screen they concern.
 */
class ErrorLine extends Span implements HasValidation {

    private String message;
    private boolean invalid;

    ErrorLine() {
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
