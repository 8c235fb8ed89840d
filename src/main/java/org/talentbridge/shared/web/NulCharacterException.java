package org.talentbridge.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text in a request body contains U+0000, which PostgreSQL cannot store and no form can type. */
class NulCharacterException extends MismatchedInputException {

    NulCharacterException(JsonParser parser) {
        super(parser, "a NUL character in a text", String.class);
    }
}
