package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.Revision;
import io.mediawire.story.Story;
import io.mediawire.testing.ChangingAgency;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions over HTTP, end to end: a real local agency changes its page, the page re-check finds it, the
 * editor sees the flag and the diff and decides (CSRF, signed in), and the public page, the section, the
 * feed and the delivery API show the accepted text only, telling readers of the update or correction.
 */
class RevisionWebTest {
    static final String PASSWORD = "correct horse battery";
    static final String ROOT = AuthoringClient.ROOT;
    static final Instant T = Instant.parse("2026-05-04T07:00:00Z");
    static final String LEAD = "Three people were hurt when the old bridge over the river collapsed on Monday morning.";
    static final String LEAD_UPDATED = "Five people were hurt when the old bridge over the river collapsed on Monday morning.";
    static final String MORE = "Rescue teams searched the water until the evening and the road stays closed.";
    @TempDir
    static Path home;
    static final MutableClock clock = new MutableClock(T);
    static ChangingAgency agency;
    static Host host;
    static SiteHttp site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        agency = new ChangingAgency();
        host = TestHost.startAllowing(home, clock, agency.hostPort());
        new UserStore(host.services().sessions(), clock).add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        site = new SiteHttp(host.baseUri());
    }

    @AfterAll
    static void stop() {
        host.close();
        agency.close();
    }

    /** Imports the agency's page at {@code path} by URL and publishes it; then the agency changes it and a re-check finds it. */
    static Story changedAtSource(String path, String headline) {
        clock.set(T);
        agency.article(path, headline, LEAD, MORE, "Filed as " + path + ".");
        List<ItemResult> results = host.services().imports().importNow(List.of(new ImportSource.Url(agency.url(path))),
                true, "maria", ImportProgress.NONE);
        assertEquals(ItemResult.Outcome.IMPORTED, results.get(0).outcome(), String.valueOf(results.get(0).reason()));
        agency.article(path, headline, LEAD_UPDATED, MORE, "Filed as " + path + ".");
        clock.set(T.plus(Duration.ofMinutes(15)));
        host.services().rechecks().runDue();
        Story story = host.stories().byId(results.get(0).storyId()).orElseThrow();
        assertTrue(story.changes().changedAtSource(), "the re-check found the change");
        return story;
    }

    static AuthoringClient signedIn() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        assertEquals(303, client.login("maria", PASSWORD, null).statusCode());
        return client;
    }

    @Test
    void theEditorSeesTheFlagAndTheDiffAcceptsAndEveryPublicViewShowsTheNewTextOnly() throws Exception {
        Story story = changedAtSource("/news/bridge", "Bridge collapses");
        String publicPath = SiteHttp.link(story.path());
        assertTrue(site.get(publicPath).body().contains("Three people"), "before a decision the page keeps its text");

        AuthoringClient editor = signedIn();
        Document list = Jsoup.parse(editor.get(ROOT + "/mediaWire").body());
        assertEquals("changed at source", list.select("a[href$=" + story.id() + "] ~ [data-flag=changed]").text());

        String storyPage = ROOT + "/mediaWire/story/" + story.id();
        Document view = Jsoup.parse(editor.get(storyPage).body());
        assertEquals("Three", view.select("#diff-before del").text());
        assertEquals("Five", view.select("#diff-after ins").text());
        assertTrue(view.select("#diff-before").text().contains("people were hurt"));
        assertEquals(2, view.select("#versions li").size());

        HttpResponse<String> forged = editor.post(storyPage + "/acceptRevision", Map.of("_csrf", "forged"));
        assertNotEquals(303, forged.statusCode(), "no CSRF token, no decision");
        assertTrue(host.stories().byId(story.id()).orElseThrow().changes().changedAtSource());
        AuthoringClient anonymous = new AuthoringClient(host.baseUri());
        anonymous.post(storyPage + "/acceptRevision", Map.of("_csrf", editor.csrf));
        assertTrue(host.stories().byId(story.id()).orElseThrow().changes().changedAtSource(), "signed out: nothing");

        clock.set(T.plus(Duration.ofMinutes(40)));
        editor.csrfFrom(storyPage);
        HttpResponse<String> accepted = editor.post(storyPage + "/acceptRevision", Map.of("_csrf", editor.csrf,
                "kind", "update", "note", ""));
        assertEquals(303, accepted.statusCode(), accepted.body());
        Revision decided = host.stories().revisions(story.id()).get(1);
        assertEquals("maria", decided.decidedBy());
        assertEquals(clock.instant(), decided.decidedAt());

        Document page = site.page(publicPath);
        assertTrue(page.select(".story__body").text().contains("Five people"));
        assertFalse(page.select("article").html().contains("Three people"), "the old text is nowhere in the article");
        assertTrue(page.select(".story__revision--update").text().startsWith("Updated"), page.select(".story__meta").outerHtml());
        assertEquals("2026-05-04T07:15", page.select(".story__revision time").attr("datetime").substring(0, 16),
                "readers are told when the agency's text changed");
        JsonNode ld = JSON.readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("2026-05-04T07:40", ld.get("dateModified").asText().substring(0, 16),
                "dateModified: when the page took the new text");

        assertTrue(site.get("/media-wire/").body().contains("Five people"), "the section's teaser");
        String feed = site.get("/media-wire/feed.xml").body();
        assertTrue(feed.contains("Five people") && !feed.contains("Three people"), "the feed");

        JsonNode api = JSON.readTree(site.get("/.rest/delivery/mediawire" + story.path()).body());
        assertTrue(api.get("body").asText().contains("Five people"));
        assertEquals(2, api.get("revisions").size());
        assertEquals("original", api.get("revisions").get(0).get("kind").asText());
        assertEquals("update", api.get("revisions").get(1).get("kind").asText());
        assertTrue(api.get("revisions").get(1).get("current").asBoolean());
        assertFalse(api.get("revisions").get(0).has("body"), "old bodies only when asked");
        JsonNode withBodies = JSON.readTree(site.get("/.rest/delivery/mediawire" + story.path()
                + "?revisionBodies=true").body());
        assertTrue(withBodies.get("revisions").get(0).get("body").asText().contains("Three people"));
        JsonNode listed = JSON.readTree(site.get("/.rest/delivery/mediawire?limit=50").body());
        assertFalse(listed.toString().contains("Three people"), "lists carry no old bodies");
    }

    @Test
    void anEditorMayCallItACorrectionWithANoteAndReadersAreTold() throws Exception {
        Story story = changedAtSource("/news/toll", "Toll rises");
        AuthoringClient editor = signedIn();
        String storyPage = ROOT + "/mediaWire/story/" + story.id();
        editor.csrfFrom(storyPage);
        assertEquals(303, editor.post(storyPage + "/acceptRevision", Map.of("_csrf", editor.csrf, "kind", "correction",
                "note", "An earlier version gave the wrong number of injured <b>people</b>.")).statusCode());
        Document page = site.page(SiteHttp.link(story.path()));
        String correction = page.select(".story__revision--correction").text();
        assertTrue(correction.startsWith("Corrected on"), correction);
        assertTrue(correction.contains("An earlier version gave the wrong number of injured <b>people</b>."),
                "the note is shown as text: " + correction);
        assertTrue(page.select(".story__revision--correction b").isEmpty());
    }

    @Test
    void aDismissedRevisionIsRecordedAndThePageKeepsItsText() throws Exception {
        Story story = changedAtSource("/news/dismiss", "Ferry delayed");
        AuthoringClient editor = signedIn();
        String storyPage = ROOT + "/mediaWire/story/" + story.id();
        editor.csrfFrom(storyPage);
        assertEquals(303, editor.post(storyPage + "/dismissRevision", Map.of("_csrf", editor.csrf)).statusCode());
        Revision dismissed = host.stories().revisions(story.id()).get(1);
        assertEquals(Revision.Status.DISMISSED, dismissed.status());
        assertEquals("maria", dismissed.decidedBy());
        Document page = site.page(SiteHttp.link(story.path()));
        String body = page.select(".story__body").text();
        assertTrue(body.contains("Three people") && !body.contains("Five people"), body);
        assertTrue(page.select(".story__revision").isEmpty());
        Document list = Jsoup.parse(editor.get(ROOT + "/mediaWire").body());
        assertTrue(list.select("a[href$=" + story.id() + "] ~ [data-flag=changed]").isEmpty(), "no flag any more");
    }

    @Test
    void aDeletedStorysAddressAnswers410AndAReimportGetsANewOne() throws Exception {
        clock.set(T);
        agency.article("/news/deleted", "Mayor quits", LEAD, MORE, "Filed for the deletion test.");
        List<ItemResult> first = host.services().imports().importNow(
                List.of(new ImportSource.Url(agency.url("/news/deleted"))), true, "maria", ImportProgress.NONE);
        Story story = host.stories().byId(first.get(0).storyId()).orElseThrow();
        host.stories().delete(story.id(), "maria");
        HttpResponse<String> gone = site.get(SiteHttp.link(story.path()));
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("removed"), gone.body());
        assertEquals(404, site.get(SiteHttp.link(story.path()) + "-never").statusCode());

        List<ItemResult> again = host.services().imports().importNow(
                List.of(new ImportSource.Url(agency.url("/news/deleted"))), true, "maria", ImportProgress.NONE);
        assertEquals(ItemResult.Outcome.IMPORTED, again.get(0).outcome(), String.valueOf(again.get(0).reason()));
        assertNotEquals(story.path(), again.get(0).path());
        assertEquals(410, site.get(SiteHttp.link(story.path())).statusCode(), "the old address never serves the new story");
        assertEquals(200, site.get(SiteHttp.link(again.get(0).path())).statusCode());
    }
}
