package io.mediawire.host.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for the authoring UI: keeps cookies, reads hidden form tokens. */
final class AuthoringClient {
    static final String ROOT = "/.magnolia/admincentral";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|_login)\" value=\"([^\"]+)\"");

    final URI base;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;
    String csrf;

    AuthoringClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response.body());
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return post(path, encode(form));
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(response.body());
        return response;
    }

    /** Signs in through the login form; returns the form POST's response. */
    HttpResponse<String> login(String name, String password, String next) throws IOException, InterruptedException {
        String loginToken = hidden(get(ROOT + "/login").body(), "_login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_login", loginToken);
        form.put("username", name);
        form.put("password", password);
        if (next != null) {
            form.put("next", next);
        }
        return post(ROOT + "/login", form);
    }

    /** Loads a page and keeps its CSRF token for the next form. */
    String csrfFrom(String path) throws IOException, InterruptedException {
        get(path);
        return csrf;
    }

    private void remember(String body) {
        String token = hidden(body, "_csrf");
        if (token != null) {
            csrf = token;
        }
    }

    static String hidden(String html, String name) {
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
