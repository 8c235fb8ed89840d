package org.talentbridge.shared.web;

import java.io.IOException;

/** A request body grew past {@link ApiLimits#maxBodySize()} while it was read (a chunked body has no length). */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long max) {
        super("request body over " + max + " bytes");
    }
}
