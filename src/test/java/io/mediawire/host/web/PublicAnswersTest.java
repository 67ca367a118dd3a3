package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.rendering.PageRequest;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceStore;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryEdit;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public answers are kept as ready bytes and never outlive a change: after each kind of change the
 * next request shows it, on pages, the feed and the delivery API, plain and gzipped, with and without
 * the old entity tag. Drafts never enter what the public is served from.
 */
class PublicAnswersTest {
    static final Instant START = Instant.parse("2025-03-12T12:00:00Z");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final MutableClock clock = new MutableClock(START);

    @TempDir
    static Path home;
    static Host host;
    static StoryStore store;
    static ReadyAnswers answers;
    static int serial;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, clock, false, false);
        store = host.stories();
        answers = host.web().answers();
        for (int i = 0; i < 4; i++) {
            published("Harbour story number " + i, START.minus(Duration.ofHours(4 - i)));
        }
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void aMomentLater() {
        clock.advance(Duration.ofSeconds(5)); // each change in a second of its own, so Last-Modified moves too
    }

    static Story published(String headline, Instant at) {
        return ((CreateResult.Created) store.create(NewStory.of(headline, "<p>" + headline + " in full.</p>", "Wire",
                "https://wire.example/" + ++serial), "importer", at.minusSeconds(60), at)).story();
    }

    /** One answer as a client sees it: the body decoded, whatever the encoding. */
    record Answer(int status, String body, String etag, String encoding) {
    }

    static Answer get(String path, boolean gzip, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUri() + path.substring(1)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String encoding = response.headers().firstValue("Content-Encoding").orElse("");
            byte[] body = response.body();
            if (encoding.equals("gzip")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            return new Answer(response.statusCode(), new String(body, StandardCharsets.UTF_8),
                    response.headers().firstValue("ETag").orElse(null), encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every public resource the change may show on, by name. */
    static Map<String, String> resources(Story subject, Story bystander) {
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("its article", "/media-wire" + subject.path());
        paths.put("another article (recent posts)", "/media-wire" + bystander.path());
        paths.put("section", "/media-wire/");
        paths.put("feed", "/media-wire/feed.xml");
        paths.put("API newest ten", "/.rest/delivery/mediawire?limit=10");
        paths.put("API by path", "/.rest/delivery/mediawire" + subject.path());
        paths.put("API by id", "/.rest/delivery/mediawire/" + subject.id());
        paths.put("API query", "/.rest/delivery/mediawire?q=harbour&orderBy=published%20desc");
        paths.put("API filter", "/.rest/delivery/mediawire?sourceName=Wire&limit=20");
        return paths;
    }

    /** Asks for every resource in every variant, twice, so each is kept; returns the entity tags seen. */
    static Map<String, String> warm(Map<String, String> resources) {
        Map<String, String> etags = new HashMap<>();
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            for (boolean gzip : new boolean[] {false, true}) {
                Answer first = get(resource.getValue(), gzip, null);
                long served = answers.served();
                Answer second = get(resource.getValue(), gzip, null);
                assertEquals(first, second, resource.getKey());
                if (first.status() == 200) {
                    assertEquals(served + 1, answers.served(), resource.getKey() + " is served from the kept answer");
                    etags.put(resource.getKey() + gzip, first.etag());
                }
            }
        }
        return etags;
    }

    /** After the change, every resource and variant shows what {@code check} wants, old entity tag or not. */
    static void everyVariantShows(Map<String, String> resources, Map<String, String> etags,
                                  Map<String, Consumer<Answer>> checks) {
        everyVariantShows(resources, etags, checks, true);
    }

    static void everyVariantShows(Map<String, String> resources, Map<String, String> etags,
                                  Map<String, Consumer<Answer>> checks, boolean changed) {
        for (Map.Entry<String, Consumer<Answer>> check : checks.entrySet()) {
            String path = resources.get(check.getKey());
            for (boolean gzip : new boolean[] {false, true}) {
                String old = etags.get(check.getKey() + gzip);
                // Unchanged, the old tag rightly gets a 304; changed, it must not.
                for (String ifNoneMatch : old == null || !changed ? new String[] {null} : new String[] {null, old}) {
                    Answer answer = get(path, gzip, ifNoneMatch);
                    String what = check.getKey() + (gzip ? " gzip" : "") + (ifNoneMatch != null ? " with the old ETag" : "");
                    try {
                        check.getValue().accept(answer);
                    } catch (AssertionError e) {
                        throw new AssertionError(what + ": " + e.getMessage(), e);
                    }
                    if (changed && answer.status() == 200) {
                        assertNotEquals(old, answer.etag(), what);
                    }
                }
            }
        }
    }

    static Consumer<Answer> shows(String text) {
        return answer -> {
            assertEquals(200, answer.status());
            assertTrue(answer.body().contains(text), "should show \"" + text + "\"");
        };
    }

    static Consumer<Answer> lacks(String text) {
        return answer -> {
            assertEquals(200, answer.status());
            assertFalse(answer.body().contains(text), "should no longer show \"" + text + "\"");
        };
    }

    static Consumer<Answer> notFound() {
        return answer -> assertEquals(404, answer.status());
    }

    static Map<String, Consumer<Answer>> everywhere(Consumer<Answer> onItsOwn, Consumer<Answer> inLists) {
        Map<String, Consumer<Answer>> checks = new java.util.LinkedHashMap<>();
        for (String name : List.of("its article", "API by path", "API by id")) {
            checks.put(name, onItsOwn);
        }
        for (String name : List.of("another article (recent posts)", "section", "feed", "API newest ten", "API query",
                "API filter")) {
            checks.put(name, inLists);
        }
        return checks;
    }

    /**
     * A published story and a bystander (whose page shows the story in its recent posts), every
     * resource asked for in every variant and kept, then {@code change} to the story: every variant
     * must pass {@code checks} at once.
     */
    static void afterAChangeOf(String headline, Consumer<Story> change, Map<String, Consumer<Answer>> checks) {
        Story subject = published(headline, clock.instant().minusSeconds(30));
        Story bystander = published("Harbour bystander number " + serial, clock.instant().minusSeconds(20));
        Map<String, String> resources = resources(subject, bystander);
        Map<String, String> etags = warm(resources);
        clock.advance(Duration.ofSeconds(2));
        change.accept(subject);
        everyVariantShows(resources, etags, checks);
    }

    @Test
    void aHeadlineEditShowsEverywhereAtOnce() {
        String edited = "Harbour crane tender opened to bids";
        afterAChangeOf("Harbour crane tender opens", story -> store.edit(story.id(), StoryEdit.headline(edited), "editor"),
                everywhere(shows(edited), shows(edited)));
    }

    @Test
    void aPublishShowsEverywhereAtOnce() {
        Story subject = ((CreateResult.Created) store.create(NewStory.of("Harbour ferry timetable doubles",
                "<p>Harbour ferries run twice as often.</p>", "Wire", "https://wire.example/" + ++serial), "importer")).story();
        Story bystander = published("Harbour fish market moves", clock.instant().minusSeconds(20));
        Map<String, String> resources = resources(subject, bystander);
        Map<String, String> etags = warm(resources);
        Map<String, Consumer<Answer>> before = everywhere(notFound(), lacks("Harbour ferry timetable doubles"));
        everyVariantShows(resources, etags, before, false); // a draft is nowhere
        clock.advance(Duration.ofSeconds(2));
        store.publish(subject.id(), "editor");
        everyVariantShows(resources, etags, everywhere(shows("Harbour ferry timetable doubles"),
                shows("Harbour ferry timetable doubles")));
    }

    @Test
    void anUnpublishShowsEverywhereAtOnce() {
        afterAChangeOf("Harbour tug strike ends", story -> store.unpublish(story.id(), "editor"),
                everywhere(notFound(), lacks("Harbour tug strike ends")));
    }

    @Test
    void aDeletionShowsEverywhereAtOnce() {
        afterAChangeOf("Harbour lighthouse sold", story -> store.delete(story.id(), "editor"),
                everywhere(notFound(), lacks("Harbour lighthouse sold")));
    }

    @Test
    void aSourceRenameShowsEverywhereAtOnce() {
        // A source's display name shows on pages, in the feed and in the API, though no story is edited.
        SourceStore sources = host.services().sources();
        Source source = sources.create(SourceFields.named("Harbour Wire Service", List.of("wire.example")), "editor");
        try {
            clock.advance(Duration.ofSeconds(2));
            String renamed = "Harbour Wire Agency";
            Map<String, Consumer<Answer>> checks = everywhere(shows(renamed), shows(renamed));
            checks.remove("another article (recent posts)"); // recent posts name no source
            afterAChangeOf("Harbour pilots sign a new contract",
                    story -> sources.update(source.id(), SourceFields.named(renamed, null), "editor"), checks);
        } finally {
            sources.delete(source.id(), "editor");
        }
    }

    @Test
    void aDraftNeverEntersWhatThePublicIsServedFrom() throws Exception {
        String secret = "Embargoed harbour merger";
        Story draft = ((CreateResult.Created) store.create(NewStory.of(secret, "<p>Not to be seen before noon.</p>",
                "Wire", "https://wire.example/" + ++serial), "importer")).story();
        Story bystander = published("Harbour crane count rises", clock.instant().minusSeconds(20));
        Map<String, String> resources = resources(draft, bystander);
        warm(resources);
        long kept = answers.keptAnswers();
        long served = answers.served();
        // The desk previews it (through the same renderer) and edits it; nothing public moves.
        PublicSite.ServedPage preview = host.web().site().preview(draft, new PageRequest(draft.path(), null,
                host.baseUri().toString().replaceAll("/$", "")));
        assertTrue(new String(preview.body(), StandardCharsets.UTF_8).contains(secret));
        store.edit(draft.id(), StoryEdit.headline(secret + " (updated)"), "editor");
        for (String path : resources.values()) {
            Answer answer = get(path, false, null);
            assertFalse(answer.body().contains(secret), path);
        }
        assertEquals(served + resources.size() - 2, answers.served(),
                "every answer but the API's two 404s for the draft came from the kept bytes: a draft's edit drops nothing");
        assertTrue(answers.keptAnswers() >= kept);
        assertFalse(answers.anyKeptContains(secret), "no kept answer holds the draft");
        List<String> renderedWithIt = new ArrayList<>();
        host.web().site().renderedPages().forEach((key, page) -> {
            if (page.html().contains(secret)) {
                renderedWithIt.add(key);
            }
        });
        assertEquals(List.of(), renderedWithIt, "no kept rendering holds it either");
    }

    @Test
    void aChangeFromElsewhereShowsOnceReportedToTheInvalidation() throws Exception {
        // As another cluster node's save would arrive: written to the repository directly, then reported.
        Story subject = published("Harbour dredging begins", clock.instant().minusSeconds(30));
        String path = "/.rest/delivery/mediawire" + subject.path();
        assertEquals(200, get(path, false, null).status());
        Session session = host.services().sessions().login(StoryStore.WORKSPACE);
        try {
            session.getNode(subject.path()).setProperty("headline", "Harbour dredging begins at dawn");
            session.save();
        } finally {
            session.logout();
        }
        assertTrue(get(path, false, null).body().contains("\"Harbour dredging begins\""),
                "the kept answer is served: nothing told the cache yet");
        answers.invalidation().changed(StoryStore.WORKSPACE, subject.path());
        assertTrue(get(path, false, null).body().contains("Harbour dredging begins at dawn"));
        answers.invalidation().everything("test");
        assertEquals(0, answers.keptAnswers());
    }

    @Test
    void cacheControlSuitsEachResource() throws Exception {
        Story subject = published("Harbour ropes inspected", clock.instant().minusSeconds(30));
        String css = "/.resources/media-wire/webresources/css/media-wire.css";
        String hash = host.web().site().resources().find("/media-wire/webresources/css/media-wire.css").orElseThrow().hash();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        // Pages, the feed and the API: a browser or a CDN may keep them a minute (relative times are minute-grained).
        expected.put("/media-wire" + subject.path(), "public, max-age=60");
        expected.put("/media-wire/", "public, max-age=60");
        expected.put("/media-wire/feed.xml", "public, max-age=60");
        expected.put("/.rest/delivery/mediawire?limit=10", "public, max-age=60");
        expected.put("/.rest/delivery/mediawire" + subject.path(), "public, max-age=60");
        // A missing page a little less; errors not at all.
        expected.put("/media-wire/2020/01/01/no-such-story", "public, max-age=30");
        expected.put("/.rest/delivery/mediawire?limit=abc", "no-store");
        expected.put("/.rest/delivery/mediawire/2020/01/01/no-such-story", "no-store");
        // Assets: a year when the URL carries the content's hash, else an hour.
        expected.put(css + "?v=" + hash.substring(0, 12), "public, max-age=31536000, immutable");
        expected.put(css, "public, max-age=3600");
        for (Map.Entry<String, String> resource : expected.entrySet()) {
            for (int i = 0; i < 2; i++) { // made, then kept
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(host.baseUri() + resource.getKey().substring(1))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(resource.getValue(), response.headers().firstValue("Cache-Control").orElse(""), resource.getKey());
            }
        }
        HttpResponse<String> preview = HTTP.send(HttpRequest.newBuilder(URI.create(host.baseUri()
                + ".magnolia/admincentral/mediaWire/preview/" + subject.id())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preview.headers().firstValue("Cache-Control").orElse("no-store").contains("no-store"),
                "the desk's pages are never stored");
    }

    @Test
    void theGzipVariantIsPreparedOnceAndEachVariantHasItsOwnValidator() {
        Story subject = published("Harbour cranes go electric", clock.instant().minusSeconds(30));
        String path = "/media-wire" + subject.path();
        Answer plain = get(path, false, null);
        Answer zipped = get(path, true, null);
        assertEquals("", plain.encoding());
        assertEquals("gzip", zipped.encoding());
        assertEquals(plain.body(), zipped.body());
        assertEquals(plain.etag().replace("\"", "") + "--gzip", zipped.etag().replace("\"", ""));
        assertEquals(304, get(path, true, zipped.etag()).status());
        assertEquals(304, get(path, false, plain.etag()).status());
        assertEquals(200, get(path, true, "\"something-else\"").status());
        long served = answers.served();
        get(path, true, null);
        get(path, false, null);
        assertEquals(served + 2, answers.served(), "both variants come from one kept answer");
    }
}
