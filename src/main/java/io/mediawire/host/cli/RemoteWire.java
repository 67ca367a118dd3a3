package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.importing.ImportException;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sources and subscriptions of a running host, through its editors' API. */
final class RemoteWire implements WireClient {
    static final String API = ".rest/mediawire/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConnection server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteWire(ServerConnection server) {
        this.server = server;
    }

    @Override
    public JsonNode addSource(Map<String, Object> fields) throws Exception {
        return send("POST", "sources", fields, 201);
    }

    @Override
    public JsonNode sources() throws Exception {
        return send("GET", "sources", null, 200);
    }

    @Override
    public JsonNode addSubscription(Map<String, Object> fields) throws Exception {
        return send("POST", "subscriptions", fields, 201);
    }

    @Override
    public JsonNode subscriptions(String source) throws Exception {
        return send("GET", "subscriptions" + (source == null ? "" : "?source=" + URLEncoder.encode(source,
                StandardCharsets.UTF_8)), null, 200);
    }

    @Override
    public JsonNode pause(String subscription) throws Exception {
        return send("POST", "subscriptions/" + segment(subscription) + "/pause", null, 200);
    }

    @Override
    public JsonNode resume(String subscription) throws Exception {
        return send("POST", "subscriptions/" + segment(subscription) + "/resume", null, 200);
    }

    @Override
    public JsonNode run(String subscription) throws Exception {
        return send("POST", "subscriptions/" + segment(subscription) + "/run", null, 200);
    }

    private JsonNode send(String method, String path, Map<String, Object> body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(API + path))
                .header("Authorization", server.authorization()).timeout(Duration.ofMinutes(5));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new ImportException("the server refused (HTTP " + response.statusCode() + "): " + reason(response.body()));
        }
        return JSON.readTree(response.body());
    }

    /** The API's error message, else the body as it came. */
    private static String reason(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            return message.isTextual() ? message.asText() : body;
        } catch (IOException e) {
            return body;
        }
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // the JDK's client holds nothing that needs closing before Java 21
    }
}
