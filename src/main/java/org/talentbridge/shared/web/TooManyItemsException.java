package org.talentbridge.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A list in a request body has more than {@link ApiLimits#maxListItems()} items. */
class TooManyItemsException extends MismatchedInputException {

    private final int max;

    TooManyItemsException(JsonParser parser, int max) {
        super(parser, "more than " + max + " items", (Class<?>) null);
        this.max = max;
    }

    int max() {
        return max;
    }
}
