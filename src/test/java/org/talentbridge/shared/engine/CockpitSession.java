package org.talentbridge.shared.engine;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Cockpit does in the browser, over real HTTP: sign in to Talent Bridge (the sign-in form with Spring's CSRF
 * token), then call the webapps' engine API ({@code /camunda/api/engine/...}) with the session and the webapps' own
 * CSRF token, as Cockpit's pages do.
 */
public final class CockpitSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String xsrf;

    private CockpitSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in as {@code username} (password Demo2026); fails unless the sign-in succeeds. */
    public static CockpitSession signIn(int port, String username) throws Exception {
        CockpitSession session = new CockpitSession(port);
        String page = session.http.send(HttpRequest.newBuilder(URI.create(session.base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = null;
        String parameter = "_csrf";
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                parameter = m.group(2);
            }
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=Demo2026"
                + (token == null ? "" : "&" + parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in failed: " + login.statusCode() + " " + location);
        }
        // the webapps hand out their CSRF token on a reading request
        HttpResponse<String> engines = session.http.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/engine/engine/"))
                .header("X-XSRF-TOKEN", "Fetch").GET().build(), HttpResponse.BodyHandlers.ofString());
        session.xsrf = engines.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() ->
                new AssertionError("no webapp CSRF token: " + engines.statusCode()));
        return session;
    }

    /** A POST with JSON on the webapps' engine API, as Tasklist's "complete" sends it; returns the status. */
    public int post(String enginePath, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + enginePath))
                .header("X-XSRF-TOKEN", xsrf).header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A DELETE on the webapps' engine API, as Cockpit's "cancel process instance" sends it; returns the status. */
    public int delete(String enginePath) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + enginePath))
                .header("X-XSRF-TOKEN", xsrf).header("Accept-Language", "en").DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
