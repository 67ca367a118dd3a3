package io.mediawire.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.images.AssetStore;
import io.mediawire.images.ImageHandling;
import io.mediawire.images.StoryImages;
import io.mediawire.images.TestImages;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's licence decides what happens to its pictures: copied when it allows ({@code copyImages}),
 * else shown from the agency's https address ({@code linkImages}) or left out. The module installs the
 * source directory as the images' policy; a host no source lists keeps the default, copying.
 */
class SourceImagesTest {
    @TempDir
    static Path home;
    static FixtureSite agency;
    static Host host;
    static SourceStore sources;
    static AssetStore assets;

    @BeforeAll
    static void start() throws Exception {
        agency = new FixtureSite();
        for (String name : List.of("forbidden", "allowed", "unknown")) {
            agency.route("/img/" + name + ".jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg", TestImages.jpeg(640, 480)));
            agency.page("/news/" + name, "text/html; charset=utf-8", page(name));
        }
        host = TestHost.startAllowing(home, Clock.systemUTC(), agency.hostPort());
        sources = host.services().sources();
        assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        agency.close();
    }

    @AfterEach
    void forgetSources() {
        sources.list().forEach(s -> sources.delete(s.id(), "test"));
    }

    /** Each page its own text: the store would take two pages of one text as one story. */
    static String page(String name) {
        String picture = "http://127.0.0.1:" + agency.base().getPort() + "/img/" + name + ".jpg";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry story " + name + "</title></head>"
                + "<body><article><h1>Ferry story " + name + "</h1><figure><img src=\"" + picture + "\" alt=\"Ferry\"></figure>"
                + "<p>The " + name + " harbour city opened its first all-electric ferry line on Monday, with four boats that charge at each"
                + " end of the crossing while passengers board, the council said in a statement on its website.</p>"
                + "<p>Officials expect twelve thousand riders a day once the timetable is complete, and say the line will save"
                + " about four thousand tonnes of carbon dioxide a year compared with the diesel boats it replaces.</p>"
                + "</article></body></html>";
    }

    private static Story importPage(String name) {
        List<ItemResult> results = host.services().imports().importNow(
                List.of(new ImportSource.Url(agency.url("/news/" + name))), true, "editor", ImportProgress.NONE);
        assertEquals(ItemResult.Outcome.IMPORTED, results.get(0).outcome(), results.get(0).describeWithWarnings());
        return host.stories().byId(results.get(0).storyId()).orElseThrow();
    }

    private static boolean copied(String name) {
        return assets.bySourceUrl(agency.url("/img/" + name + ".jpg").toString()).isPresent();
    }

    @Test
    void aSourceThatForbidsCopiesGetsNothingFetchedAndNoPictureShown() {
        sources.create(SourceFields.named("Strict Wire", List.of("127.0.0.1")), "editor"); // copyImages: false by default
        Story story = importPage("forbidden");
        assertTrue(!copied("forbidden"), "nothing copied");
        assertTrue(agency.requests().stream().noneMatch(r -> r.contains("/img/forbidden.jpg")), "nor fetched: "
                + agency.requests());
        StoryImages images = host.services().components().getComponent(StoryImages.class).orElseThrow();
        assertTrue(Jsoup.parseBodyFragment(images.show(story.original()).body()).select("img, figure").isEmpty(),
                "left out of the page");
    }

    @Test
    void aSourceThatAllowsCopiesGetsItsPicturesCopied() {
        sources.create(SourceFields.of(Map.of("name", "Open Wire", "hosts", List.of("127.0.0.1"), "copyImages", true)),
                "editor");
        importPage("allowed");
        assertTrue(copied("allowed"));
    }

    @Test
    void aStoryOfNoKnownSourceHasItsPicturesCopied() {
        importPage("unknown");
        assertTrue(copied("unknown"));
    }

    @Test
    void theDirectoryAnswersCopyLinkOrLeaveOutByTheStorysHostAndItsParents() {
        sources.create(SourceFields.of(Map.of("name", "Linking Wire", "hosts", List.of("linking.example"),
                "linkImages", true)), "editor");
        sources.create(SourceFields.named("Quiet Wire", List.of("quiet.example")), "editor");
        sources.create(SourceFields.of(Map.of("name", "Copying Wire", "hosts", List.of("copying.example"),
                "copyImages", true, "linkImages", true)), "editor");
        SourceDirectory directory = host.services().components().getComponent(SourceDirectory.class).orElseThrow();
        assertEquals(ImageHandling.LINK, directory.handlingFor("https://photos.linking.example/news/1"));
        assertEquals(ImageHandling.LEAVE_OUT, directory.handlingFor("https://quiet.example/news/1"));
        assertEquals(ImageHandling.COPY, directory.handlingFor("https://copying.example/news/1"), "copying wins");
        assertEquals(ImageHandling.COPY, directory.handlingFor("https://elsewhere.example/news/1"));
        assertEquals(true, sources.list().stream().filter(s -> s.name().equals("Linking Wire")).findFirst()
                .orElseThrow().linkImages());
    }
}
