package org.talentbridge.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * Refuses, under {@code /api}, what can be refused before any work (no password check, no parsing, no query):
 * <ul>
 *   <li>a body longer than {@link ApiLimits#maxBodySize()}: 413 naming {@code body} — by its Content-Length, or,
 *       for a chunked body, as soon as reading passes the limit;</li>
 *   <li>a multipart body (no operation takes one; parsing it would be wasted work), a wildcard type or a charset
 *       other than UTF-8:
 *       415 naming {@code Content-Type};</li>
 *   <li>a NUL character (U+0000, {@code %00}) in a query parameter: 400 naming the parameter, before it reaches
 *       PostgreSQL (which refuses NUL in text with an error);</li>
 *   <li>an Accept header that does not parse or admits no JSON: 406, before the operation runs (a write must not
 *       happen when its answer cannot be delivered).</li>
 * </ul>
 */
class ApiRequestGuard extends OncePerRequestFilter {

    private static final char NUL = 0;

    private final ApiLimits limits;
    private final ApiErrors errors;

    ApiRequestGuard(ApiLimits limits, ApiErrors errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            errors.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.payloadTooLarge",
                    List.of(ApiExceptionHandler.tooLargeProblem(limits)));
            return;
        }
        if (!jsonOrNone(request.getContentType())) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            errors.write(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType",
                    List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "validation.jsonOnly")));
            return;
        }
        String nul = parameterWithNul(request.getQueryString());
        if (nul != null) {
            errors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.badRequest",
                    List.of(new FieldProblem(nul, "validation.nulCharacter")));
            return;
        }
        if (!acceptsJson(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new CappedBody(request, max) : request, response);
    }

    /**
     * False for a multipart body, a wildcard ({@code *}{@code /*} describes no body) and a charset other than UTF-8 (RFC 8259: JSON between systems is UTF-8; a
     * Latin-1 body would be read as garbled text). A Content-Type that does not parse is left to Spring MVC (415).
     */
    private static boolean jsonOrNone(String contentType) {
        if (contentType == null) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException unparseable) {
            return true;
        }
        return !"multipart".equalsIgnoreCase(type.getType()) && !type.isWildcardType() && !type.isWildcardSubtype()
                && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
    }

    /** The first query parameter whose name or value holds a NUL once decoded (its name, NULs shown as "?"). */
    static String parameterWithNul(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            if (name.indexOf(NUL) >= 0 || value.indexOf(NUL) >= 0) {
                return name.replace(NUL, '?');
            }
        }
        return null;
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part; // Tomcat skips such a parameter too
        }
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.getQualityValue() > 0 && m.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (IllegalArgumentException unparseable) { // InvalidMediaTypeException among them
            return false;
        }
    }

    /** A body without a Content-Length, counted as it is read: past the limit, reading fails. */
    private static final class CappedBody extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        CappedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long count;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RequestBodyTooLargeException {
            count += n;
            if (count > max) {
                throw new RequestBodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
