package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportJobJson;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Sends an import to a running host's import API and follows its job to the end. */
final class RemoteImport {
    static final String API = ".rest/mediawire/v1/imports";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConnection server;
    private final PrintWriter err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteImport(URI server, String user, String password, PrintWriter err) {
        this.server = ServerConnection.of(server, user, password);
        this.err = err;
    }

    List<ItemResult> run(List<ImportSource> sources, boolean publish, List<String> allowPrivate) throws Exception {
        if (!allowPrivate.isEmpty()) {
            err.println("note: --allow-private is the server's setting; ignored with --server");
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("publish", publish);
        ArrayNode urls = request.putArray("urls");
        ArrayNode pages = request.putArray("pages");
        for (ImportSource source : sources) {
            if (source instanceof ImportSource.Url url) {
                urls.add(url.url().toString());
            } else if (source instanceof ImportSource.Saved saved) {
                ObjectNode page = pages.addObject();
                page.put("name", saved.name());
                page.put("html", new String(saved.content(), StandardCharsets.UTF_8));
                page.put("baseUrl", saved.baseUrl() == null ? null : saved.baseUrl().toString());
            }
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(server.resolve(API))
                .header("Authorization", server.authorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new ImportException("the server refused the import (HTTP " + created.statusCode() + "): " + created.body());
        }
        URI job = server.resolve(API + "/" + JSON.readTree(created.body()).path("id").asText());
        int shown = -1;
        while (true) {
            JsonNode state = JSON.readTree(http.send(HttpRequest.newBuilder(job).header("Authorization", server.authorization())
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            if (state.path("done").asInt() != shown && state.path("total").asInt() > 1) {
                shown = state.path("done").asInt();
                err.printf("[%d/%d]%n", shown, state.path("total").asInt());
                err.flush();
            }
            if ("done".equals(state.path("state").asText())) {
                return ImportJobJson.results(state);
            }
            Thread.sleep(300);
        }
    }
}
