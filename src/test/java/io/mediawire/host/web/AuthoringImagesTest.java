package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.images.TestImages;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's story view shows the body as readers see it: figures kept, pictures from their local copies. */
class AuthoringImagesTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path home;
    static FixtureSite agency;
    static Host host;
    static ItemResult imported;

    @BeforeAll
    static void start() throws Exception {
        agency = new FixtureSite();
        agency.route("/img/boat.jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg", TestImages.jpeg(1200, 800)));
        String body = "<figure><img src=\"" + agency.url("/img/boat.jpg") + "\" alt=\"The boat\"><figcaption>The boat "
                + "leaves the quay.</figcaption></figure><p><img src=\"" + agency.url("/img/gone.jpg") + "\" alt=\"gone\"></p>"
                + "<p>The council's new ferry left the quay at six on Monday morning with its first passengers aboard, "
                + "commuters and cyclists, and crossed the harbour in eleven minutes, the council said.</p>"
                + "<p>Officials expect twelve thousand riders a day once the full timetable runs next month, and say "
                + "the line will save four thousand tonnes of carbon dioxide a year compared with the diesel boats.</p>"
                + "<p>Three more boats join the line in the spring, when the second landing stage is finished.</p>";
        agency.page("/news/boat", "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry leaves "
                + "the quay</title></head><body><article><h1>Ferry leaves the quay</h1>" + body + "</article></body></html>");
        host = TestHost.startAllowing(home, Clock.systemUTC(), agency.hostPort());
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("editor", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        List<ItemResult> results = host.services().imports().importNow(List.of(new ImportSource.Url(agency.url("/news/boat"))),
                false, "editor", ImportProgress.NONE);
        imported = results.get(0);
        assertEquals(ItemResult.Outcome.IMPORTED, imported.outcome(), imported.describeWithWarnings());
    }

    @AfterAll
    static void stop() {
        host.close();
        agency.close();
    }

    @Test
    void theStoryViewKeepsFiguresAndShowsLocalCopiesOnly() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        assertEquals(303, client.login("editor", PASSWORD, null).statusCode());
        HttpResponse<String> page = client.get(AuthoringClient.ROOT + "/mediaWire/story/" + imported.storyId());
        assertEquals(200, page.statusCode());
        Element body = Jsoup.parse(page.body()).getElementById("story-body");
        assertNotNull(body, page.body());
        Element figure = body.selectFirst("figure");
        assertNotNull(figure, "figures are not flattened: " + body.html());
        assertEquals("The boat leaves the quay.", figure.selectFirst("figcaption").text());
        List<Element> images = body.select("img");
        assertEquals(1, images.size(), "the picture that could not be copied is left out, as on the public page");
        Element img = images.get(0);
        assertTrue(img.attr("src").startsWith("/.imaging/mte/media-wire/960/dam/jcr:"), img.outerHtml());
        assertTrue(img.attr("srcset").contains("/dam/jcr:"), img.outerHtml());
        assertEquals("1200", img.attr("width"));
        assertFalse(body.html().contains(agency.base().toString()), "no agency address in the view: " + body.html());
    }
}
