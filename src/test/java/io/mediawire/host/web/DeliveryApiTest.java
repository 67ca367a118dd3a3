package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The delivery API's contract over real HTTP: 57 published stories published an hour apart
 * from 2025-03-01T00:00Z (stories 0-56), 3 drafts, tags and sources to filter on.
 */
class DeliveryApiTest {
    static final Instant FIRST_PUBLISH = Instant.parse("2025-03-01T00:00:00Z");
    static final int PUBLISHED = 57;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path home;
    static Host host;
    static String api;
    static List<Story> published = new ArrayList<>(); // in publish order, oldest first
    static List<Story> drafts = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, new MutableClock(Instant.parse("2025-03-10T00:00:00Z")), false, false);
        api = host.baseUri() + ".rest/delivery/mediawire";
        for (int i = 0; i < PUBLISHED; i++) {
            Instant publishAt = FIRST_PUBLISH.plus(Duration.ofHours(i));
            // Imported in the reverse order of publishing, so folder order and publish order differ.
            Instant importedAt = FIRST_PUBLISH.minus(Duration.ofHours(i + 1L));
            published.add(created(host.stories().create(story(i), "editor", importedAt, publishAt)));
        }
        for (int i = 0; i < 3; i++) {
            drafts.add(created(host.stories().create(NewStory.of("Draft story " + i, "<p>Unpublished harbour text " + i + "</p>",
                    "Draft Wire", "https://drafts.example/" + i), "editor", FIRST_PUBLISH, null)));
        }
    }

    static NewStory story(int i) {
        String source = i % 3 == 0 ? "Alpha Wire" : i % 3 == 1 ? "Beta News" : "Gamma Press";
        String word = i == 7 ? " zeppelin" : "";
        AgencyCopy original = AgencyCopy.builder()
                .headline("Story " + i + " headline" + (i == 5 ? " <with> \"quotes\" & ampersand" : ""))
                .body("<p>Body of story " + i + word + " about the harbour.</p>").sourceName(source)
                .url("https://wire.example/" + i).published(FIRST_PUBLISH.minus(Duration.ofDays(i)))
                .language(i % 19 == 0 ? "fa" : "en") // stories 0, 19 and 38 are Persian
                .build();
        return new NewStory(original, original.url(), i % 2 == 0 ? List.of("even", "all") : List.of("odd", "all"),
                null, null);
    }

    static Story created(CreateResult result) {
        return ((CreateResult.Created) result).story();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    // ---- helpers --------------------------------------------------------------------------------

    static HttpResponse<String> get(String uri, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static List<String> names(JsonNode results) {
        List<String> names = new ArrayList<>();
        results.forEach(n -> names.add(n.get("@name").asText()));
        return names;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> query(String params) throws Exception {
        HttpResponse<String> response = get(api + "?" + (params.contains("limit=") ? "" : "limit=100&") + params);
        assertEquals(200, response.statusCode(), response.body());
        return names(json(response).get("results"));
    }

    static String name(int i) {
        return published.get(i).slug();
    }

    // ---- node shape -----------------------------------------------------------------------------

    @Test
    void readsOneStoryInMagnoliasShape() throws Exception {
        Story story = published.get(5);
        HttpResponse<String> response = get(api + story.path());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode node = json(response);
        assertEquals(story.slug(), node.get("@name").asText());
        assertEquals(story.path(), node.get("@path").asText());
        assertEquals(story.id(), node.get("@id").asText());
        assertEquals("mw:story", node.get("@nodeType").asText());
        assertEquals(story.headline(), node.get("headline").asText());
        assertEquals("Gamma Press", node.get("sourceName").asText());
        assertTrue(node.get("tags").isArray());
        assertEquals(List.of("even", "all").size(), node.get("tags").size());
        node.get("tags").forEach(t -> assertTrue(t.isTextual()));
        assertEquals("2025-03-01T05:00:00.000Z", node.get("published").asText());
        assertTrue(node.get("sourcePublished").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})"));
        assertTrue(node.get("@nodes").isArray());
        assertEquals(0, node.get("@nodes").size());
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            assertFalse(field.startsWith("jcr:"), field);
            assertFalse(field.startsWith("mgnl:"), field + " shown though includeSystemProperties is false");
            JsonNode value = node.get(field);
            assertTrue(value.isTextual() || value.isArray(), field + " must be a string or an array of strings");
        }
    }

    @Test
    void readsByIdAndChildren() throws Exception {
        Story story = published.get(3);
        JsonNode byId = json(get(api + "/" + story.id()));
        assertEquals(story.path(), byId.get("@path").asText());
        HttpResponse<String> children = get(api + story.path() + "@nodes");
        assertEquals(200, children.statusCode(), children.body());
        assertTrue(json(children).isArray());
        assertEquals(0, json(children).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "draftById", "draftChildren", "unknown", "folder", "year", "index", "indexEntries",
            "unknownId", "dotdot"})
    void hidesWhatIsNotPublic(String what) throws Exception {
        Story draft = drafts.get(0);
        String path = switch (what) {
            case "draft" -> draft.path();
            case "draftById" -> "/" + draft.id();
            case "draftChildren" -> draft.path() + "@nodes";
            case "unknown" -> "/2025/03/01/no-such-story";
            case "folder" -> published.get(0).path().substring(0, published.get(0).path().lastIndexOf('/'));
            case "year" -> "/2025";
            case "index" -> "/mw:index";
            case "indexEntries" -> "/mw:index/published@nodes";
            case "unknownId" -> "/00000000-0000-0000-0000-000000000000";
            default -> "/2025/../mw:index";
        };
        HttpResponse<String> response = get(api + path.replace(":", "%3A"));
        assertEquals(404, response.statusCode(), response.body());
        if (!what.equals("dotdot")) { // Jetty resolves "..": the request is then for /.rest/delivery/mw:index
            assertEquals("pathNotFound", json(response).at("/error/code").asText(), response.body());
        }
        assertFalse(response.body().contains("@id"));
    }

    @Test
    void folderIdIsNotFound() throws Exception {
        String folder = published.get(0).path().substring(0, published.get(0).path().lastIndexOf('/'));
        String id;
        var session = host.services().sessions().login("mediawire");
        try {
            id = session.getNode(folder).getIdentifier();
        } finally {
            session.logout();
        }
        assertEquals(404, get(api + "/" + id).statusCode());
    }

    @Test
    void unknownEndpointIsNotFound() throws Exception {
        HttpResponse<String> response = get(host.baseUri() + ".rest/delivery/nothing-here");
        assertEquals(404, response.statusCode());
        assertEquals("notFound", json(response).at("/error/code").asText());
    }

    // ---- paging ---------------------------------------------------------------------------------

    @Test
    void pagesToTheEndNewestFirstWithNoStoryTwiceOrMissing() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; ; offset += 10) {
            JsonNode page = json(get(api + "?limit=10&offset=" + offset));
            assertEquals(PUBLISHED, page.get("total").asLong());
            assertEquals(offset, page.get("offset").asLong());
            assertEquals(10, page.get("limit").asInt());
            List<String> names = names(page.get("results"));
            seen.addAll(names);
            if (names.size() < 10) {
                break;
            }
        }
        assertEquals(PUBLISHED, seen.size());
        assertEquals(PUBLISHED, new HashSet<>(seen).size(), "a story came twice");
        List<String> expected = new ArrayList<>();
        for (int i = PUBLISHED - 1; i >= 0; i--) {
            expected.add(name(i));
        }
        assertEquals(expected, seen, "newest first by first publish time");
        assertTrue(drafts.stream().noneMatch(d -> seen.contains(d.slug())));
    }

    @Test
    void limitDefaultsToTheDefinitionAndIsCapped() throws Exception {
        JsonNode page = json(get(api));
        assertEquals(10, page.get("results").size());
        assertEquals(10, page.get("limit").asInt());
        JsonNode big = json(get(api + "?limit=500"));
        assertEquals(57, big.get("results").size());
        assertEquals(100, big.get("limit").asInt());
        assertEquals(List.of(name(56), name(55)), names(json(get(api + "/?orderBy=published%20desc&limit=2")).get("results")));
    }

    @Test
    void linkHeadersPointToNextAndPreviousPages() throws Exception {
        HttpResponse<String> first = get(api + "?limit=20&tags=all");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("rel=\"next\""), link);
        assertFalse(link.contains("rel=\"prev\""), link);
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertTrue(next.startsWith("/.rest/delivery/mediawire?"), next);
        assertTrue(next.contains("offset=20") && next.contains("tags=all") && next.contains("limit=20"), next);
        HttpResponse<String> middle = get(host.baseUri().resolve(next).toString());
        assertEquals(200, middle.statusCode(), middle.body());
        String middleLink = middle.headers().firstValue("Link").orElseThrow();
        assertTrue(middleLink.contains("rel=\"next\"") && middleLink.contains("rel=\"prev\""), middleLink);
        assertTrue(middleLink.contains("offset=0>; rel=\"prev\""), middleLink);
        HttpResponse<String> last = get(api + "?limit=20&offset=40");
        String lastLink = last.headers().firstValue("Link").orElseThrow();
        assertFalse(lastLink.contains("rel=\"next\""), lastLink);
        assertTrue(lastLink.contains("offset=20>; rel=\"prev\""), lastLink);
    }

    // ---- filters --------------------------------------------------------------------------------

    @Test
    void eachFilterOperator() throws Exception {
        assertEquals(List.of(name(4)), query("headline=" + enc("Story 4 headline")));
        assertEquals(List.of(name(4)), query(enc("headline[eq]") + "=" + enc("Story 4 headline")));
        assertEquals(56, query(enc("headline[ne]") + "=" + enc("Story 4 headline")).size());
        // Story i was published at 2025-03-01T00:00Z + i hours.
        assertEquals(List.of(name(1), name(0)), query(enc("published[lt]") + "=" + enc("2025-03-01T02:00:00.000Z")));
        assertEquals(List.of(name(2), name(1), name(0)), query(enc("published[lte]") + "=" + enc("2025-03-01T02:00:00.000Z")));
        assertEquals(List.of(name(56), name(55)), query(enc("published[gt]") + "=" + enc("2025-03-03T06:00:00.000Z")));
        assertEquals(List.of(name(56), name(55), name(54)), query(enc("published[gte]") + "=" + enc("2025-03-03T06:00:00.000Z")));
        assertEquals(33, query(enc("published[gte]") + "=2025-03-02").size(), "a day counts from its start");
        assertEquals(24, query(enc("published[lte]") + "=2025-03-01").size(), "a day counts to its end");
        assertEquals(24, query(enc("published[eq]") + "=2025-03-01").size(), "eq on a day is the whole day");
        assertEquals(List.of(name(7)), query(enc("body[like]") + "=zeppelin"));
        assertEquals(11, query(enc("headline[like]") + "=" + enc("Story 1%")).size(), "1, 10-19");
        assertEquals(38, query(enc("sourceName[in]") + "=" + enc("Alpha Wire|Beta News")).size());
        assertEquals(19, query(enc("sourceName[not-in]") + "=" + enc("Alpha Wire|Beta News")).size());
        assertEquals(48, query(enc("published[in]") + "=" + enc("2025-03-01~2025-03-02")).size());
        assertEquals(9, query(enc("published[not-in]") + "=" + enc("2025-03-01~2025-03-02")).size());
        assertEquals(28, query("tags=odd").size());
        assertEquals(List.of(name(7)), query("q=zeppelin"));
        assertEquals(List.of(name(7)), query("q=" + enc("Zeppelin harbour")));
        assertEquals(List.of(name(3)), query("@name=" + name(3)));
        String folder = published.get(10).path().substring(0, published.get(10).path().lastIndexOf('/'));
        List<String> inFolder = query("@ancestor=" + enc(folder));
        assertTrue(inFolder.contains(name(10)), folder + " -> " + get(api + "?@ancestor=" + enc(folder)).body());
        assertTrue(inFolder.stream().allMatch(n -> published.stream().anyMatch(s -> s.slug().equals(n)
                && s.path().startsWith(folder + "/"))));
        assertTrue(query("q=unpublished").isEmpty(), "drafts never come back");
    }

    @Test
    void barMeansOrInAPlainFilterAsInMagnolia() throws Exception {
        assertEquals(38, query("sourceName=" + enc("Alpha Wire|Beta News")).size());
        assertEquals(query(enc("sourceName[in]") + "=" + enc("Alpha Wire|Beta News")),
                query("sourceName=" + enc("Alpha Wire|Beta News")), "a plain filter with | is the same as [in]");
        assertEquals(19, query(enc("sourceName[ne]") + "=" + enc("Alpha Wire|Beta News")).size(), "ne excludes both");
        assertEquals(22, query(enc("headline[like]") + "=" + enc("Story 1%|Story 2%")).size(), "1, 10-19, 2, 20-29");
        assertEquals(PUBLISHED, query("tags=" + enc("odd|even")).size());
        assertEquals(List.of(name(4)), query("headline=" + enc("Story 4 headline|no such headline")));
    }

    @Test
    void aParameterThatIsNotAControlParameterFiltersOnAProperty() throws Exception {
        assertEquals(List.of(name(38), name(19), name(0)), query("language=fa"), "a property of the content type");
        for (String unknown : List.of("foo=bar", "Limit=5", enc("colour[eq]") + "=red")) {
            HttpResponse<String> response = get(api + "?" + unknown);
            assertEquals(400, response.statusCode(), unknown);
            assertEquals("invalidQuery", json(response).at("/error/code").asText());
            assertTrue(json(response).at("/error/message").asText().startsWith("unknown property"), response.body());
        }
    }

    @Test
    void langChangesNothingForAContentTypeWithoutI18nProperties() throws Exception {
        HttpResponse<String> plain = get(api + "?limit=5&tags=odd");
        for (String lang : List.of("fa", "de-CH", "all")) {
            HttpResponse<String> localized = get(api + "?limit=5&tags=odd&lang=" + lang, "Accept-Language", "de");
            assertEquals(200, localized.statusCode(), localized.body());
            assertEquals(json(plain), json(localized), lang);
        }
        assertEquals(PUBLISHED, query("lang=fa").size(), "lang does not filter; language=fa does");
    }

    @Test
    void ordersByPropertiesAndFiltersCombine() throws Exception {
        List<String> asc = query("orderBy=" + enc("published asc") + "&" + enc("sourceName[eq]") + "=" + enc("Alpha Wire"));
        assertEquals(19, asc.size());
        assertEquals(name(0), asc.get(0));
        assertEquals(name(3), asc.get(1));
        List<String> byHeadline = query("orderBy=" + enc("sourceName desc,published desc") + "&limit=3");
        assertEquals(List.of(name(56), name(53), name(50)), byHeadline, "Gamma Press first, newest first");
        JsonNode page = json(get(api + "?limit=5&offset=5&tags=odd"));
        assertEquals(28, page.get("total").asLong(), "total counts every match, not the page");
        assertEquals(5, page.get("results").size());
    }

    // ---- hostile input --------------------------------------------------------------------------

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("q=" + enc("'")),
                Arguments.of("q=" + enc("\"\"\"")),
                Arguments.of("q=" + enc("--")),
                Arguments.of("q=" + enc("x".repeat(300))),
                Arguments.of("orderBy=" + enc("headline; DROP")),
                Arguments.of("orderBy=" + enc("headline] DESC, s.[jcr:uuid")),
                Arguments.of("orderBy=" + enc("password desc")),
                Arguments.of("orderBy=" + enc("headline sideways")),
                Arguments.of("orderBy=" + enc("jcr:uuid")),
                Arguments.of(enc("headline[eq]") + "=" + enc("x") + "&" + enc("headline]") + "=1"),
                Arguments.of(enc("headline') OR 1=1 --") + "=x"),
                Arguments.of(enc("mgnl:activationStatus") + "=false"),
                Arguments.of(enc("secret[eq]") + "=1"),
                Arguments.of(enc("headline[regex]") + "=.*"),
                Arguments.of(enc("published[gte]") + "=" + enc("yesterday")),
                Arguments.of(enc("published[gte]") + "=" + enc("2025-13-45")),
                Arguments.of(enc("published[in]") + "=" + enc("2025-01-01~soon")),
                Arguments.of(enc("headline[in]") + "=" + enc("a~b")),
                Arguments.of(enc("published[like]") + "=2025"),
                Arguments.of("limit=-1"),
                Arguments.of("limit=abc"),
                Arguments.of("limit=0"),
                Arguments.of("limit=99999999999999999999"),
                Arguments.of("offset=-5"),
                Arguments.of("offset=99999999999999"),
                Arguments.of("offset=1e3"),
                Arguments.of("limit=1&limit=2"),
                Arguments.of("@ancestor=" + enc("/2025] OR [x")),
                Arguments.of("@ancestor=" + enc("/mw:index")),
                Arguments.of("@ancestor=" + enc("relative/path")),
                Arguments.of("@name=" + enc("a' OR '1'='1")),
                Arguments.of(enc("mgnl:createdBy") + "=editor"),
                Arguments.of(enc("sourceName[in]") + "=" + enc("a|".repeat(60) + "b")));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsRefusedWith400(String params) throws Exception {
        HttpResponse<String> response = get(api + "?" + params);
        assertEquals(400, response.statusCode(), params + " -> " + response.body());
        JsonNode body = json(response);
        assertNull(body.get("results"), "no data alongside an error");
        String code = body.at("/error/code").asText();
        assertTrue(Set.of("invalidQuery", "badRequest", "invalidValueFormat").contains(code), code);
        assertFalse(body.at("/error/message").asText().isBlank());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void injectionShapedValuesAreJustValues() throws Exception {
        // A value is bound, never parsed: these match nothing and break nothing.
        for (String value : List.of("x' OR '1'='1", "') OR 1=1 --", "]", "[", "\\", "%' --", "*")) {
            assertEquals(List.of(), query(enc("headline[eq]") + "=" + enc(value)), value);
        }
        assertEquals(List.of(), query("q=" + enc("nothing OR harbour")), "OR is a word, not an operator");
        assertEquals(List.of(name(7)), query("q=" + enc("-zeppelin\"")), "'-' excludes nothing, '\"' opens no phrase");
        assertEquals(List.of(name(7)), query("q=" + enc("headline:zeppelin*")), "no field or wildcard syntax");
    }

    // ---- read-only, caching, CORS, gzip ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void writesAreNotAllowed(String method) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api + published.get(0).path()))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
        assertEquals("methodNotAllowed", json(response).at("/error/code").asText());
        assertEquals(published.get(0).headline(), host.stories().byId(published.get(0).id()).orElseThrow().headline());
    }

    @Test
    void etagGivesNotModified() throws Exception {
        HttpResponse<String> first = get(api + "?limit=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").matches("public, max-age=\\d+"));
        HttpResponse<String> again = get(api + "?limit=3", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> other = get(api + "?limit=4", "If-None-Match", etag);
        assertEquals(200, other.statusCode());
        assertNotEquals(etag, other.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void corsForAllowedOriginsOnly() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("http://localhost:3000", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertEquals("if-none-match", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""));

        HttpResponse<String> unlistedHeader = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match, x-api-key").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(unlistedHeader.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "x-api-key is not among the configuration's allowedHeaders");
        HttpResponse<String> unlistedMethod = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "DELETE").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(unlistedMethod.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> stranger = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(stranger.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                stranger.headers().map().toString());

        HttpResponse<String> simple = get(api + "?limit=1", "Origin", "http://localhost:3000");
        assertEquals("http://localhost:3000", simple.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(simple.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> simpleStranger = get(api + "?limit=1", "Origin", "https://evil.example");
        assertTrue(simpleStranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void gzipWhenAcceptedAndWorthIt() throws Exception {
        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?limit=20"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> plain = get(api + "?limit=20");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(JSON.readTree(plain.body()), JSON.readTree(unzipped));
        assertTrue(zipped.body().length < plain.body().length() / 2);
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertTrue(zippedTag.endsWith("--gzip\""), zippedTag);
        assertEquals(304, get(api + "?limit=20", "If-None-Match", zippedTag).statusCode());

        HttpResponse<byte[]> small = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?limit=abc"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(small.headers().firstValue("Content-Encoding").isEmpty(), "small bodies stay plain");
        HttpResponse<byte[]> refused = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?limit=20"))
                .header("Accept-Encoding", "gzip;q=0, identity").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(api + "?limit=2"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertNotNull(head.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void totalsAreExactForTheFilteredPath() throws Exception {
        Set<String> all = new LinkedHashSet<>();
        for (int offset = 0; offset < 60; offset += 7) {
            JsonNode page = json(get(api + "?limit=7&tags=all&orderBy=" + enc("headline asc") + "&offset=" + offset));
            assertEquals(57, page.get("total").asLong());
            all.addAll(names(page.get("results")));
        }
        assertEquals(57, all.size());
    }
}
