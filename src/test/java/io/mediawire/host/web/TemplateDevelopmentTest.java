package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mediawire.host.Host;
import io.mediawire.host.rendering.PageRenderer;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.jcr.Node;
import javax.jcr.Session;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Development mode with a copy of the light module: edited scripts, definitions and settings show
 * on the next requests without a restart, and a broken template gives a plain 500 page and a log
 * line naming the template and the line.
 */
class TemplateDevelopmentTest {
    @TempDir
    static Path temp;
    static Path module;
    static Host host;
    static SiteHttp http;
    static Story story;
    static final ListAppender<ILoggingEvent> log = new ListAppender<>();
    static final Logger rendererLog = (Logger) LoggerFactory.getLogger(PageRenderer.class);

    @BeforeAll
    static void start() throws Exception {
        Path lightModules = temp.resolve("light-modules");
        module = lightModules.resolve("media-wire");
        copy(Path.of("light-modules/media-wire"), module);
        host = TestHost.start(temp.resolve("home"), new MutableClock(Instant.parse("2025-03-12T12:00:00Z")), false, true,
                lightModules);
        http = new SiteHttp(host.baseUri());
        story = ((CreateResult.Created) host.stories().createPublished(NewStory.of("A story to restyle",
                "<p>Body.</p>", "Wire", "https://wire.example/restyle"), "test")).story();
        log.start();
        rendererLog.addAppender(log);
    }

    @AfterAll
    static void stop() {
        rendererLog.detachAppender(log);
        if (host != null) {
            host.close();
        }
    }

    static final java.util.Map<String, String> originals = new java.util.HashMap<>();

    @BeforeEach
    void clearLog() {
        log.list.clear();
    }

    @AfterEach
    void restoreFiles() throws IOException {
        for (var e : originals.entrySet()) {
            write(e.getKey(), e.getValue());
        }
        originals.clear();
        awaitPage(SiteHttp.link(story.path()), r -> r.statusCode() == 200 && !r.body().contains("EDITED"));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Rewrites a module file, remembering the original, with a newer modification time than before. */
    static void edit(String file, String from, String to) throws IOException {
        String text = Files.readString(module.resolve(file));
        originals.putIfAbsent(file, text);
        assertTrue(text.contains(from), file + " has no " + from);
        write(file, text.replace(from, to));
    }

    static void write(String file, String text) throws IOException {
        Path path = module.resolve(file);
        FileTime before = Files.getLastModifiedTime(path);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        // file systems with coarse timestamps: make sure the change is visible as a change
        Files.setLastModifiedTime(path, FileTime.fromMillis(Math.max(before.toMillis() + 2_000, System.currentTimeMillis())));
    }

    /** Requests until the page satisfies the condition; the registry looks at the disk at most every 250 ms. */
    static HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> condition) {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            response = http.get(path);
            if (condition.test(response)) {
                return response;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the page never showed the change; last response " + response.statusCode() + ":\n" + response.body());
    }

    @Test
    void anEditedScriptShowsWithoutARestart() throws IOException {
        String path = SiteHttp.link(story.path());
        assertEquals("Media Wire", Jsoup.parse(http.get(path).body()).selectFirst(".kicker").text());
        edit("templates/pages/article.ftl", "<p class=\"kicker\">${site.sectionTitle}</p>", "<p class=\"kicker\">EDITED kicker</p>");
        HttpResponse<String> edited = awaitPage(path, r -> r.body().contains("EDITED kicker"));
        assertEquals(200, edited.statusCode());
        assertEquals("no-cache", edited.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anEditedComponentScriptShowsWithoutARestart() throws IOException {
        edit("templates/components/recentPosts.ftl", "${i18n['mw.recentPosts']}", "EDITED latest");
        awaitPage("/media-wire/2030/01/01/unknown", r -> r.statusCode() == 404 && r.body().contains("EDITED latest"));
    }

    @Test
    void recentPostsComponentWorksOnAnyPage() throws IOException {
        edit("templates/pages/section.ftl", "<section class=\"section\">",
                "[@cms.component content={'mgnl:template': 'media-wire:components/recentPosts', 'count': 1, 'teaserLength': 20} /]\n"
                        + "<section class=\"section\">");
        HttpResponse<String> page = awaitPage("/media-wire/", r -> r.body().contains("recent-posts"));
        var items = Jsoup.parse(page.body()).select(".recent-posts li");
        assertEquals(1, items.size());
        assertEquals(story.headline(), items.first().selectFirst("a").text());
        assertEquals("Body.", items.first().selectFirst("p").text());
        edit("templates/pages/section.ftl", "'count': 1", "'count': 1, 'mgnl:template': 'media-wire:components/nope'");
        assertPlainServerError(awaitPage("/media-wire/", r -> r.statusCode() == 500));
        assertTrue(logged().contains("no template definition media-wire:components/nope"), logged());
    }

    @Test
    void anEditedDefinitionShowsWithoutARestart() throws IOException {
        String path = SiteHttp.link(story.path());
        assertEquals(story.original().url(), Jsoup.parse(http.get(path).body()).selectFirst("link[rel=canonical]").attr("href"));
        edit("templates/pages/article.yaml", "canonicalToSource: true", "canonicalToSource: false");
        HttpResponse<String> edited = awaitPage(path, r -> Jsoup.parse(r.body()).selectFirst("link[rel=canonical]")
                .attr("href").endsWith(path));
        assertTrue(Jsoup.parse(edited.body()).selectFirst("link[rel=canonical]").attr("href").startsWith("http://"));
    }

    @Test
    void siteSettingsAndMessagesAreConfigurable() throws IOException {
        String path = SiteHttp.link(story.path());
        edit("config.yaml", "siteName: The Daily Courier", "siteName: EDITED Front Page");
        edit("i18n/media-wire-messages_en.properties", "mw.recentPosts=Recent Posts",
                "mw.recentPosts=Recent Posts\nmw.disclaimer.ours=EDITED disclaimer of {0}, our own words.");
        edit("templates/pages/article.yaml", "disclaimerKey: \"\"", "disclaimerKey: mw.disclaimer.ours");
        HttpResponse<String> edited = awaitPage(path, r -> r.body().contains("EDITED disclaimer of EDITED Front Page, our own words."));
        assertEquals("EDITED Front Page", Jsoup.parse(edited.body()).selectFirst(".site-name").text());
    }

    @Test
    void anEditedStylesheetIsServedAtOnce() throws IOException {
        String css = "/.resources/media-wire/webresources/css/media-wire.css";
        edit("webresources/css/media-wire.css", ":root {", "/* EDITED */\n:root {");
        HttpResponse<String> response = awaitPage(css, r -> r.body().contains("/* EDITED */\n:root {"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aTemplateWithASyntaxErrorGivesAPlain500AndALogLineWithTemplateAndLine() throws IOException {
        String path = SiteHttp.link(story.path());
        edit("templates/pages/article.ftl", "[#if lead?has_content && !lead.inBody]\n    <figure",
                "[#if lead?has_content && !lead.inBody\n    <figure");
        HttpResponse<String> broken = awaitPage(path, r -> r.statusCode() == 500);
        assertPlainServerError(broken);
        String line = logged();
        // the parser stumbles on the next line, where "class" follows the unclosed [#if
        int figureLine = lineOf("templates/pages/article.ftl", "<figure class=\"story__image\">");
        assertTrue(line.contains("/media-wire/templates/pages/article.ftl line " + figureLine + " while"), line);
    }

    @Test
    void aComponentFailingAtRuntimeGivesAPlain500NamingTheComponent() throws IOException {
        String path = SiteHttp.link(story.path());
        edit("templates/components/recentPosts.ftl", "[#if items?has_content]", "${content.noSuchThing.deeper}\n[#if items?has_content]");
        HttpResponse<String> broken = awaitPage(path, r -> r.statusCode() == 500);
        assertPlainServerError(broken);
        String line = logged();
        int failing = lineOf("templates/components/recentPosts.ftl", "${content.noSuchThing.deeper}");
        assertTrue(line.contains("/media-wire/templates/components/recentPosts.ftl line " + failing + " while"), line);
        assertTrue(line.contains("noSuchThing"), line);
    }

    @Test
    void aBrokenNotFoundTemplateStillGivesA404() throws IOException {
        edit("templates/pages/notFound.ftl", "[/@layout.page]", "");
        HttpResponse<String> response = awaitPage("/media-wire/2030/01/01/gone", r -> r.body().contains("There is no story at this address"));
        assertEquals(404, response.statusCode());
        assertTrue(logged().contains("notFound.ftl"));
    }

    @Test
    void theVirtualUriMappingDecidesWhichPageAStoryUrlReaches() throws IOException {
        String path = SiteHttp.link(story.path());
        assertEquals(200, http.get(path).statusCode());
        edit("virtualUriMappings/articles.yaml", "forward:/media-wire/article?", "forward:/media-wire/nowhere?");
        awaitPage(path, r -> r.statusCode() == 404);
        assertEquals(404, http.get("/media-wire/article").statusCode(), "the article page alone names no story");
    }

    @Test
    void thePageNodeNamesTheTemplateAndItsAreaHoldsTheComponents() throws Exception {
        String path = SiteHttp.link(story.path());
        assertTrue(Jsoup.parse(http.get(path).body()).select(".recent-posts").isEmpty(), "the only story is left out of its own list");
        Session website = host.services().sessions().login("website");
        try {
            Node component = website.getNode("/media-wire/article/aside/recentPosts");
            component.setProperty("excludeCurrent", false);
            website.save();
            var items = Jsoup.parse(http.get(path).body()).select(".recent-posts li");
            assertEquals(1, items.size(), "the area node's component, not the definition's generated one");
            assertEquals(story.headline(), items.first().selectFirst("a").text());

            website.getNode("/media-wire/article").setProperty("mgnl:template", "media-wire:pages/section");
            website.save();
            var page = Jsoup.parse(http.get(path).body());
            assertEquals("Story", page.selectFirst("main h1").text(), "the article page's title, in the section template");
            assertEquals(story.headline(), page.selectFirst(".story-list h2").text());
        } finally {
            website.refresh(false);
            website.getNode("/media-wire/article").setProperty("mgnl:template", "media-wire:pages/article");
            website.getNode("/media-wire/article/aside/recentPosts").setProperty("excludeCurrent", true);
            website.save();
            website.logout();
        }
    }

    @Test
    void aModelClassThatCannotBeCreatedGivesAPlain500NamingIt() throws IOException {
        edit("templates/pages/section.yaml", "modelClass: io.mediawire.templating.SectionModel",
                "modelClass: io.mediawire.templating.NoSuchModel");
        assertPlainServerError(awaitPage("/media-wire/", r -> r.statusCode() == 500));
        String line = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("Model error"))
                .findFirst().orElseThrow(() -> new AssertionError("no model error was logged: " + log.list));
        assertTrue(line.contains("media-wire:pages/section") && line.contains("modelClass io.mediawire.templating.NoSuchModel of media-wire:pages/section not found"), line);
    }

    @Test
    void moduleConfigurationChangesShowWithoutARestart() throws IOException {
        edit("config.yaml", "pageSize: 10", "pageSize: 0");
        edit("config.yaml", "sectionTitle: Media Wire", "sectionTitle: EDITED Wire");
        HttpResponse<String> edited = awaitPage("/media-wire/", r -> r.body().contains("EDITED Wire"));
        assertEquals(200, edited.statusCode(), "a refused value (pageSize 0) leaves the page working");
        assertEquals("EDITED Wire", Jsoup.parse(edited.body()).selectFirst(".section-link").text());
    }

    static void assertPlainServerError(HttpResponse<String> response) {
        assertEquals(500, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        String body = response.body();
        assertTrue(body.contains("Sorry, something went wrong"), body);
        for (String leak : new String[]{"Exception", "freemarker", ".ftl", "at io.", "FTL stack", "line "}) {
            assertFalse(body.contains(leak), "the visitor sees no " + leak + ":\n" + body);
        }
    }

    static int lineOf(String file, String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(module.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no " + text);
    }

    static String logged() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("Template error"))
                .findFirst().orElseThrow(() -> new AssertionError("no template error was logged: " + log.list));
    }
    @Test
    void aWebResourceLinkedInFromOutsideTheModuleIsNotServed() throws IOException {
        Path secret = temp.resolve("secret.css");
        Files.writeString(secret, "body { content: 'outside the module' }");
        Path link = module.resolve("webresources/css/linked.css");
        Files.createSymbolicLink(link, secret);
        try {
            HttpResponse<String> response = http.get("/.resources/media-wire/webresources/css/linked.css");
            assertEquals(404, response.statusCode());
            assertFalse(response.body().contains("outside the module"));
        } finally {
            Files.delete(link);
        }
    }
}
