package io.mediawire.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.BodyDigest;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with a real agency on loopback serving real image files (made here with ImageIO): the
 * import copies the pictures once per content, refuses the bad ones with a reason and still imports
 * the story; the page points every picture at the site, shows the lead once, and renditions have the
 * sizes of the theme's variations.
 */
class ImageCopyTest {
    @TempDir
    static Path home;
    static FixtureSite agency;
    static Host host;
    static HttpClient http = HttpClient.newHttpClient();
    static ItemResult result;
    static Story story;

    static final byte[] LEAD = TestImages.jpeg(2400, 1600);
    static final byte[] CHART = TestImages.png(800, 600);

    @BeforeAll
    static void importTheStory() throws Exception {
        agency = new FixtureSite();
        agency.route("/img/lead.jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg", LEAD));
        // the lead image again under another address (a CDN's), and the chart under two names: same bytes
        agency.route("/cdn/lead-copy.jpg", ex -> FixtureSite.send(ex, 200, "application/octet-stream", LEAD));
        agency.route("/img/chart.png", ex -> FixtureSite.send(ex, 200, "image/png", CHART));
        agency.route("/img/chart-again.png", ex -> FixtureSite.send(ex, 200, "image/png", CHART));
        agency.route("/img/bomb.png", ex -> FixtureSite.send(ex, 200, "image/png", TestImages.bombPng(20_000, 20_000)));
        agency.route("/img/cut.jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg",
                TestImages.truncated(TestImages.jpeg(1200, 800), 0.5)));
        agency.route("/img/page.jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg",
                "<!DOCTYPE html><html><body><h1>Image moved</h1></body></html>".getBytes()));
        agency.route("/img/script.svg", ex -> FixtureSite.send(ex, 200, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>".getBytes()));
        agency.route("/img/to-metadata.jpg", ex -> FixtureSite.redirect(ex, 302, "http://169.254.169.254/latest/x.jpg"));
        agency.route("/img/huge.jpg", ex -> {
            byte[] chunk = new byte[1 << 20];
            new Random(1).nextBytes(chunk);
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, 0); // chunked: the cap must hold while streaming
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write(chunk);
                }
            }
        });
        agency.page("/news/ferry", "text/html; charset=utf-8", articlePage());
        host = TestHost.startAllowing(home, Clock.systemUTC(), agency.hostPort());
        List<ItemResult> results = host.services().imports().importNow(
                List.of(new ImportSource.Url(agency.url("/news/ferry"))), true, "editor", ImportProgress.NONE);
        assertEquals(1, results.size(), results.toString());
        result = results.get(0);
        assertEquals(ItemResult.Outcome.IMPORTED, result.outcome(), result.describeWithWarnings());
        story = host.stories().byId(result.storyId()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        agency.close();
    }

    static String articlePage() {
        String base = "http://127.0.0.1:" + agency.base().getPort();
        StringBuilder body = new StringBuilder()
                .append("<figure><img src=\"").append(base).append("/img/lead.jpg\" alt=\"The ferry at dawn\">")
                .append("<figcaption>The new ferry at dawn. Photo: Ana Lima</figcaption></figure>")
                .append("<p>The harbour city opened its first all-electric ferry line on Monday, with four boats that")
                .append(" charge at each end of the crossing while passengers board, the council said in a statement.</p>")
                .append("<figure><img src=\"").append(base).append("/img/chart.png\" alt=\"Ridership chart\">")
                .append("<figcaption>Expected riders per day (Credit: Harbour Council)</figcaption></figure>")
                .append("<p>Officials expect twelve thousand riders a day once the timetable is complete, and say the")
                .append(" line will save about four thousand tonnes of carbon dioxide a year compared with diesel boats.</p>");
        for (String bad : List.of("bomb.png", "cut.jpg", "page.jpg", "script.svg", "missing.jpg", "to-metadata.jpg", "huge.jpg")) {
            body.append("<p><img src=\"").append(base).append("/img/").append(bad).append("\" alt=\"").append(bad).append("\"></p>");
        }
        body.append("<p><img src=\"").append(base).append("/img/chart-again.png\" alt=\"Chart again\"></p>")
                .append("<p>The first boat left at six in the morning carrying commuters, cyclists and a school class on")
                .append(" an outing, and arrived on the far shore eleven minutes later, two minutes faster than before.</p>");
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour city opens electric ferry line</title>"
                + "<meta property=\"og:image\" content=\"" + base + "/img/lead.jpg\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Harbour city opens electric ferry line\",\"image\":{\"@type\":\"ImageObject\",\"url\":\""
                + base + "/img/lead.jpg\",\"caption\":\"The new ferry at dawn. Photo: Ana Lima\"}}</script>"
                + "</head><body><article><h1>Harbour city opens electric ferry line</h1>" + body + "</article></body></html>";
    }

    @Test
    void everyBadPictureIsAWarningNamingItAndTheStoryIsImported() {
        List<String> warnings = result.warnings();
        assertEquals(7, warnings.size(), String.join("\n", warnings));
        assertWarning(warnings, "bomb.png", "too many pixels: 20000 × 20000 is 400.0 megapixels");
        assertWarning(warnings, "cut.jpg", "damaged JPEG: it stops before its end-of-image marker (truncated)");
        assertWarning(warnings, "page.jpg", "not an image: the address answered with an HTML page");
        assertWarning(warnings, "script.svg", "an SVG image with script");
        assertWarning(warnings, "missing.jpg", "HTTP 404");
        assertWarning(warnings, "to-metadata.jpg", "blocked address");
        assertWarning(warnings, "huge.jpg", "too large: more than 20");
        warnings.forEach(w -> assertTrue(w.startsWith("image not copied: "), w));
    }

    private static void assertWarning(List<String> warnings, String image, String reason) {
        assertTrue(warnings.stream().anyMatch(w -> w.contains(image) && w.contains(reason)),
                image + " with '" + reason + "' among\n" + String.join("\n", warnings));
    }

    @Test
    void eachContentIsStoredOnceWithItsSizeSourceCaptionAndUser() throws Exception {
        assertEquals(2, assetCount(), "the lead and the chart; the chart's second address is the same bytes");
        AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
        Asset lead = assets.bySourceUrl(agency.url("/img/lead.jpg").toString()).orElseThrow();
        assertEquals(2400, lead.width());
        assertEquals(1600, lead.height());
        assertEquals("image/jpeg", lead.mimeType());
        assertEquals("lead.jpg", lead.fileName());
        assertEquals(LEAD.length, lead.size());
        assertEquals("The new ferry at dawn. Photo: Ana Lima", lead.caption());
        assertEquals("Ana Lima", lead.credit());
        assertEquals(List.of(story.id()), assets.usedBy(lead.id()));
        Asset chart = assets.bySourceUrl(agency.url("/img/chart.png").toString()).orElseThrow();
        assertEquals(chart, assets.bySourceUrl(agency.url("/img/chart-again.png").toString()).orElseThrow());
        assertEquals("Harbour Council", chart.credit());
        assertEquals("Ridership chart", chart.alt());
        assertEquals(AssetStore.sha256(CHART), chart.sha256());
    }

    @Test
    void theStoredBodyAndItsFingerprintAreAsImported() {
        String body = story.original().body();
        assertTrue(body.contains(agency.url("/img/lead.jpg").toString()), body);
        assertTrue(body.contains(agency.url("/img/bomb.png").toString()), "pictures left out of the page stay in the body");
        assertEquals(BodyDigest.sha256(body), story.bodySha256());
    }

    @Test
    void thePageShowsEveryPictureFromTheSiteAndTheLeadOnce() throws Exception {
        HttpResponse<String> page = get("media-wire" + story.path());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("img-src 'self';"), csp);
        Document html = Jsoup.parse(page.body());
        List<Element> images = html.select("img");
        assertFalse(images.isEmpty());
        for (Element img : images) {
            for (String url : urls(img)) {
                assertTrue(url.startsWith("/dam/jcr:") || url.startsWith("/.imaging/mte/media-wire/"), img.outerHtml());
            }
            assertFalse(img.attr("width").isEmpty(), img.outerHtml());
            assertFalse(img.attr("height").isEmpty(), img.outerHtml());
        }
        String leadId = assetId("/img/lead.jpg");
        assertEquals(1, images.stream().filter(i -> i.attr("src").contains(leadId)).count(), "the lead once: " + images);
        assertTrue(html.select(".story__image").isEmpty(), "the body starts with the lead: the template does not repeat it");
        Element first = images.get(0);
        assertTrue(first.attr("src").contains(leadId));
        assertEquals("", first.attr("loading"), "the lead is not lazy");
        assertEquals("2400", first.attr("width"));
        assertEquals("1600", first.attr("height"));
        assertTrue(first.attr("srcset").contains("/.imaging/mte/media-wire/480/dam/jcr:" + leadId + "/lead.jpg 480w"));
        assertTrue(first.attr("srcset").endsWith("/dam/jcr:" + leadId + "/lead.jpg 2400w"), first.attr("srcset"));
        for (Element below : images.subList(1, images.size())) {
            assertEquals("lazy", below.attr("loading"), below.outerHtml());
        }
        assertEquals(3, images.size(), "lead, chart, chart again: the seven bad pictures are left out");
        assertTrue(html.select(".story__body p").stream().noneMatch(p -> p.text().isBlank() && p.select("img").isEmpty()),
                "no empty paragraph where a picture was");
        assertTrue(html.select("meta[property=og:image]").attr("content").contains("/dam/jcr:" + leadId + "/lead.jpg"));
    }

    @Test
    void renditionsHaveTheVariationsWidthsAndAreCachedForLong() throws Exception {
        String leadId = assetId("/img/lead.jpg");
        for (int width : new int[]{480, 960, 1600}) {
            HttpResponse<byte[]> rendition = getBytes(".imaging/mte/media-wire/" + width + "/dam/jcr:" + leadId + "/lead.jpg");
            assertEquals(200, rendition.statusCode());
            assertEquals("image/jpeg", rendition.headers().firstValue("Content-Type").orElseThrow());
            BufferedImage image = TestImages.decode(rendition.body());
            assertEquals(width, image.getWidth());
            assertEquals(Math.round(width * 2 / 3.0), image.getHeight());
            assertEquals("public, max-age=31536000, immutable", rendition.headers().firstValue("Cache-Control").orElseThrow());
            String etag = rendition.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(host.baseUri().resolve(
                    ".imaging/mte/media-wire/" + width + "/dam/jcr:" + leadId + "/lead.jpg")).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode());
        }
        String chartId = assetId("/img/chart.png");
        HttpResponse<byte[]> notEnlarged = getBytes(".imaging/mte/media-wire/960/dam/jcr:" + chartId + "/chart.png");
        assertEquals(800, TestImages.decode(notEnlarged.body()).getWidth(), "a picture narrower than the variation as it is");
        HttpResponse<byte[]> small = getBytes(".imaging/mte/media-wire/480/dam/jcr:" + chartId + "/chart.png");
        assertEquals("image/png", small.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(480, TestImages.decode(small.body()).getWidth());
        HttpResponse<byte[]> original = getBytes("dam/jcr:" + chartId + "/chart.png");
        assertEquals(200, original.statusCode());
        assertEquals(CHART.length, original.body().length);
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElseThrow());
        for (String wrong : List.of("dam/jcr:" + chartId + "/other.png", ".imaging/mte/media-wire/123/dam/jcr:" + chartId + "/chart.png",
                ".imaging/mte/other-theme/480/dam/jcr:" + chartId + "/chart.png", "dam/jcr:00000000-0000-0000-0000-000000000000/chart.png",
                "dam/jcr:../../etc/passwd")) {
            assertEquals(404, getBytes(wrong).statusCode(), wrong);
        }
    }

    @Test
    void theDeliveryApiGivesLocalAddressesBesideTheOriginalAndNoFetchDetails() throws Exception {
        HttpResponse<String> answer = get(".rest/delivery/mediawire" + story.path());
        assertEquals(200, answer.statusCode(), answer.body());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        assertFalse(json.has("fetchedUrl"), answer.body());
        var images = json.get("images");
        assertEquals(3, images.size(), "each picture the story shows, by its agency address: " + answer.body());
        var lead = images.get(0);
        assertEquals(agency.url("/img/lead.jpg").toString(), lead.get("sourceUrl").asText());
        assertTrue(lead.get("lead").asBoolean());
        String leadId = assetId("/img/lead.jpg");
        assertEquals("/dam/jcr:" + leadId + "/lead.jpg", lead.get("@link").asText());
        assertEquals(2400, lead.get("width").asInt());
        assertEquals("/.imaging/mte/media-wire/960/dam/jcr:" + leadId + "/lead.jpg",
                lead.get("renditions").get("960").get("@link").asText());
        assertEquals(images.get(1).get("@id"), images.get(2).get("@id"), "the chart's two addresses, one asset");
        assertEquals("Harbour Council", images.get(1).get("credit").asText());
        assertEquals(400, get(".rest/delivery/mediawire?fetchedUrl=x").statusCode(), "no filter on fetch details");
    }

    @Test
    void aSourceWhosePicturesMayNotBeCopiedGetsThemLinkedOverHttpsOnlyOrLeftOut() {
        AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
        io.mediawire.story.AgencyCopy https = story.original().toBuilder()
                .body("<p><img src=\"https://photos.agency.example/a.jpg\" alt=\"A\"></p><p>Text.</p>"
                        + "<p><img src=\"http://photos.agency.example/b.jpg\" alt=\"B\"></p>")
                .leadImage("https://photos.agency.example/a.jpg").build();
        StoryImages linking = new StoryImages(assets, () -> io.mediawire.magnolia.ImagingSupport.NONE,
                () -> url -> ImageHandling.LINK, () -> "");
        ShownStory linked = linking.show(https);
        Document body = Jsoup.parseBodyFragment(linked.body());
        assertEquals(1, body.select("img").size(), "the http picture is left out: " + linked.body());
        assertEquals("https://photos.agency.example/a.jpg", body.selectFirst("img").attr("src"));
        assertEquals("no-referrer", body.selectFirst("img").attr("referrerpolicy"));
        assertEquals(Set.of("https://photos.agency.example"), linked.imageOrigins());
        assertTrue(linked.leadInBody(), "same address: the lead is the body's first picture");
        assertTrue(linking.copied(https).isEmpty(), "nothing copied is listed");

        StoryImages leavingOut = new StoryImages(assets, () -> io.mediawire.magnolia.ImagingSupport.NONE,
                () -> url -> ImageHandling.LEAVE_OUT, () -> "");
        ShownStory none = leavingOut.show(story.original());
        assertTrue(Jsoup.parseBodyFragment(none.body()).select("img, figure").isEmpty(), none.body());
        assertEquals(null, none.lead());
        assertTrue(none.imageOrigins().isEmpty());
    }

    @Test
    void theLeadIsRecognisedInTheBodyByItsBytesUnderAnotherAddress() {
        AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
        Asset lead = assets.bySourceUrl(agency.url("/img/lead.jpg").toString()).orElseThrow();
        String cdn = agency.url("/cdn/lead-copy.jpg").toString();
        assets.store(LEAD, new InspectedImage(ImageFormat.JPEG, 2400, 1600, false), new ImageReference(cdn, false, null, null, null));
        io.mediawire.story.AgencyCopy copy = story.original().toBuilder()
                .body("<figure><img src=\"" + cdn + "\" alt=\"Ferry\"></figure><p>Text of the story.</p>").build();
        StoryImages images = host.services().components().getComponent(StoryImages.class).orElseThrow();
        ShownStory shown = images.show(copy);
        assertTrue(shown.leadInBody(), "same bytes: " + shown.body());
        assertEquals(lead.id(), shown.lead().key());
        assertEquals(2, assetCount(), "no new asset for the same bytes");
    }

    static String assetId(String agencyPath) {
        AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
        return assets.bySourceUrl(agency.url(agencyPath).toString()).orElseThrow().id();
    }

    static Set<String> urls(Element img) {
        Set<String> urls = new TreeSet<>();
        urls.add(img.attr("src"));
        for (String candidate : img.attr("srcset").split(",")) {
            if (!candidate.isBlank()) {
                urls.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return urls;
    }

    static long assetCount() {
        try {
            return count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long count() throws Exception {
        Session session = host.services().sessions().login(AssetNodeTypes.WORKSPACE);
        try {
            Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [mgnl:asset]", Query.JCR_SQL2);
            long count = 0;
            for (var nodes = query.execute().getNodes(); nodes.hasNext(); nodes.nextNode()) {
                count++;
            }
            return count;
        } finally {
            session.logout();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(host.baseUri() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
