package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.mediawire.host.Host;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract and the endpoint cannot drift apart: the OpenAPI document the host serves is parsed
 * and validated by a real OpenAPI parser, and real answers of the delivery API (lists, a node, its
 * children, each error) are checked against it: the status must be one the operation documents, and
 * the body must validate against that response's schema (OpenAPI 3.0 dialect).
 */
class OpenApiContractTest {
    static final String DOCUMENT = "/.rest/openapi/mediawire-delivery.yaml";
    static final String BASE = "https://media-wire.invalid/openapi.json";
    static final String API = "/.rest/delivery/mediawire";

    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;
    static String served;
    static JsonNode document;
    static SchemaRegistry schemas;
    static Story tagged;
    static Story plain;

    @BeforeAll
    static void start() throws Exception {
        Instant now = Instant.parse("2025-05-03T12:00:00Z");
        host = TestHost.start(home, new MutableClock(now), false, false);
        http = new SiteHttp(host.baseUri());
        AgencyCopy full = AgencyCopy.builder().headline("Harbour city opens ferry line")
                .body("<p>The ferry runs <a href=\"https://example.org/\">every hour</a>.</p>").sourceName("Coastline Daily")
                .url("https://coastline.example/ferry").author("Staff writer").published(now.minus(Duration.ofHours(3)))
                .leadImage("https://coastline.example/ferry.jpg").leadImageCaption("The new ferry").language("en").build();
        tagged = created(host.stories().create(new NewStory(full, full.url(), List.of("harbour", "transport"), null, null),
                "editor", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))));
        plain = created(host.stories().create(NewStory.of("A plain story", "<p>Text.</p>", "Wire", "https://wire.example/p"),
                "editor", now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(30))));
        HttpResponse<String> response = http.get(DOCUMENT);
        assertEquals(200, response.statusCode());
        served = response.body();
        document = new YAMLMapper().readTree(served);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(BASE, json(document))));
    }

    static Story created(CreateResult result) {
        return ((CreateResult.Created) result).story();
    }

    static String json(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theServedDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);
        assertEquals(List.of(), result.getMessages(), "the OpenAPI parser's findings");
        assertNotNull(result.getOpenAPI());
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
        assertNotNull(result.getOpenAPI().getPaths().get(API));
        assertNotNull(result.getOpenAPI().getComponents().getSchemas().get("Node"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a page of stories, '', 200",
            "a page with filters and order, ?limit=1&offset=1&orderBy=headline%20asc&sourceName=Coastline%20Daily, 200",
            "full text, ?q=ferry, 200",
            "a node by path, /TAGGED, 200",
            "a plain node, /PLAIN, 200",
            "a node by id, /ID, 200",
            "a node's children, /TAGGED@nodes, 200",
            "unknown property, ?nosuch=1, 400",
            "unknown operator, ?headline%5Bzz%5D=1, 400",
            "bad value, ?limit=x, 400",
            "bad date, ?published%5Bgte%5D=yesterday, 400",
            "a parameter twice, ?limit=1&limit=2, 400",
            "no such story, /2099/01/01/none, 404",
    })
    void realAnswersMatchTheDocumentedResponse(String what, String request, int status) {
        String target = API + request.replace("TAGGED", tagged.path().substring(1)).replace("PLAIN", plain.path().substring(1))
                .replace("ID", tagged.id());
        HttpResponse<String> response = http.get(target);
        assertEquals(status, response.statusCode(), response.body());
        assertMatchesContract("get", target, response);
    }

    /** A validator that let everything through (an unresolved reference, say) would make the checks above empty. */
    @Test
    void theSchemasRefuseWhatTheyShould() {
        Schema node = schema("#/components/schemas/Node");
        assertFalse(node.validate("{\"@name\": \"x\"}", InputFormat.JSON).isEmpty(), "required keys");
        assertFalse(node.validate("{\"@name\": \"x\", \"@path\": \"/x\", \"@id\": \"i\", \"@nodeType\": \"mw:story\", "
                + "\"@nodes\": [], \"headline\": 7}", InputFormat.JSON).isEmpty(), "a number");
        Schema list = schema("#/components/schemas/QueryResult");
        assertFalse(list.validate("{\"results\": [{}], \"total\": 1, \"offset\": 0, \"limit\": 10}",
                InputFormat.JSON).isEmpty(), "a result that is no node");
        Schema error = schema("#/components/schemas/Error");
        assertFalse(error.validate("{\"error\": {\"code\": \"nope\", \"message\": \"m\"}}",
                InputFormat.JSON).isEmpty(), "an undocumented code");
    }

    @Test
    void notModifiedIsDocumented() {
        HttpResponse<String> first = http.get(API);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get(API, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertTrue(operation("get", API).path("responses").has("304"));
    }

    @Test
    void aMethodTheDocumentDoesNotListAnswersTheDocumentedErrorShape() {
        HttpResponse<String> response = http.send("POST", API, Map.of());
        assertEquals(405, response.statusCode());
        assertFalse(operationsOf(API).has("post"), "POST is not part of the contract");
        assertValid(schema("#/components/schemas/Error"), response.body(), "POST " + API);
    }

    @Test
    void accessDeniedMatchesTheDocumentedResponse(@TempDir Path temp) throws Exception {
        // An endpoint definition without bypassWorkspaceAcls: true, as Magnolia's default.
        Path lightModules = temp.resolve("light-modules");
        TemplateDevelopmentTest.copy(Path.of("light-modules/media-wire"), lightModules.resolve("media-wire"));
        Path definition = lightModules.resolve("media-wire/restEndpoints/delivery/mediawire.yaml");
        Files.writeString(definition, Files.readString(definition).replace("bypassWorkspaceAcls: true", "bypassWorkspaceAcls: false"));
        try (Host guarded = TestHost.start(temp.resolve("home"), new MutableClock(Instant.now()), false, false, lightModules)) {
            SiteHttp guardedHttp = new SiteHttp(guarded.baseUri());
            HttpResponse<String> response = guardedHttp.get(API);
            assertEquals(403, response.statusCode(), response.body());
            assertMatchesContract("get", API, response);
        }
    }

    // ---- the contract ---------------------------------------------------------------------------

    /** The status is one the operation documents, and the body validates against that response's schema. */
    static void assertMatchesContract(String method, String target, HttpResponse<String> response) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String template = template(path);
        String status = String.valueOf(response.statusCode());
        JsonNode responses = operation(method, template).path("responses");
        assertTrue(responses.has(status), method.toUpperCase(Locale.ROOT) + " " + target + " answered " + status
                + ", which " + template + " does not document: " + response.body());
        String pointer = "#/paths/" + escape(template) + "/" + method + "/responses/" + status;
        JsonNode answer = responses.get(status);
        if (answer.has("$ref")) {
            pointer = answer.get("$ref").asText();
            answer = document.at(pointer.substring(1));
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        assertTrue(answer.path("content").has(contentType), target + " answered " + contentType + ", documented: "
                + answer.path("content"));
        assertValid(schema(pointer + "/content/" + escape(contentType) + "/schema"), response.body(), target);
    }

    static void assertValid(Schema schema, String body, String what) {
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), what + " answered " + body);
    }

    static Schema schema(String pointer) {
        return schemas.getSchema(SchemaLocation.of(BASE + pointer));
    }

    static JsonNode operationsOf(String template) {
        JsonNode operations = document.path("paths").path(template);
        assertFalse(operations.isMissingNode(), "no path " + template);
        return operations;
    }

    static JsonNode operation(String method, String template) {
        JsonNode operation = operationsOf(template).path(method);
        assertFalse(operation.isMissingNode(), "no " + method + " on " + template);
        return operation;
    }

    /** The document's path that a request path falls under: an exact one first, else one with {parameters}. */
    static String template(String path) {
        if (document.path("paths").has(path)) {
            return path;
        }
        for (Iterator<String> names = document.path("paths").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String regex = Pattern.quote(name).replaceAll("\\{[^}]+}", "\\\\E.+\\\\Q");
            if (path.matches(regex)) {
                return name;
            }
        }
        throw new AssertionError("the document has no path for " + path);
    }

    /** A JSON pointer segment. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
