package io.mediawire.host.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Plain HTTP against a running host, for the site tests. */
final class SiteHttp {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    SiteHttp(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> head(String path) {
        return send("HEAD", path, Map.of());
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + response.statusCode() + ":\n" + response.body());
        }
        return Jsoup.parse(response.body(), base.resolve(path.substring(1)).toString());
    }

    static String link(String storyPath) {
        return "/media-wire" + storyPath;
    }
}
