package org.talentbridge.account.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real HTTP as a browser (cookies, the sign-in form with its CSRF token) or as an API caller (HTTP Basic). */
final class WebClient {

    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern CONTENT = Pattern.compile("content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> basic(String path, String user, String password, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> basic(String path, String user, String password) throws Exception {
        return basic(path, user, password, null);
    }

    /** The CSRF token that the sign-in page carries (Vaadin writes it into the page for its login form). */
    Map<String, String> csrfOfSignInPage() throws Exception {
        String page = get("/login").body();
        Matcher m = META.matcher(page);
        Map<String, String> meta = new LinkedHashMap<>();
        while (m.find()) {
            Matcher name = NAME.matcher(m.group());
            Matcher content = CONTENT.matcher(m.group());
            if (name.find() && content.find()) {
                meta.put(name.group(1), content.group(1));
            }
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new AssertionError("the sign-in page carries no CSRF token: " + page);
        }
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts the sign-in form with the page's CSRF token. */
    HttpResponse<String> signIn(String user, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(csrfOfSignInPage());
        form.put("username", user);
        form.put("password", password);
        return post("/login", form);
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
