package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authoring UI over real HTTP: sign-in, guards, CSRF, read-only fields, throttling, redirects. */
class AuthoringHttpTest {
    static final String ROOT = AuthoringClient.ROOT;
    static final String PASSWORD = "correct horse battery";
    static final String BODY = "<p>The harbour authority said on Tuesday that ships would wait.</p>";

    @TempDir
    static Path home;
    static MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    static Host host;
    static UserStore users;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, clock, false, false);
        users = new UserStore(host.services().sessions(), clock);
        users.add("editor", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("chief", PASSWORD.toCharArray(), EnumSet.of(Role.ADMIN, Role.EDITOR), "test");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static Story story(String headline) {
        clock.advance(Duration.ofMinutes(1));
        CreateResult result = host.stories().create(NewStory.of(headline, BODY, "Harbour Times",
                "https://harbour.example/news/" + headline.toLowerCase().replaceAll("[^a-z0-9]+", "-")), "importer");
        return ((CreateResult.Created) result).story();
    }

    static AuthoringClient signedIn(String name) throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        HttpResponse<String> login = client.login(name, PASSWORD, null);
        assertEquals(303, login.statusCode(), login.body());
        return client;
    }

    @Test
    void anonymousRequestsGoToTheLoginPageWithALocalNext() throws Exception {
        AuthoringClient anonymous = new AuthoringClient(host.baseUri());
        HttpResponse<String> list = anonymous.get(ROOT + "/mediaWire?q=strike");
        assertEquals(302, list.statusCode());
        assertEquals(ROOT + "/login?next=%2F.magnolia%2Fadmincentral%2FmediaWire%3Fq%3Dstrike",
                list.headers().firstValue("Location").orElseThrow());
        assertEquals(302, anonymous.get(ROOT + "/mediaWire/story/anything").statusCode());
        HttpResponse<String> post = anonymous.post(ROOT + "/mediaWire/story/x/publish", Map.of("_csrf", "guess"));
        assertEquals(303, post.statusCode());
        assertEquals(ROOT + "/login", post.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> loginPage = anonymous.get(ROOT + "/login");
        assertEquals(200, loginPage.statusCode());
        assertTrue(loginPage.body().contains("<label for=\"password\">Password</label>"));
    }

    @Test
    void signInSetsAStrictHttpOnlySessionCookieAndListsStories() throws Exception {
        Story first = story("Dock workers vote on harbour strike");
        AuthoringClient client = new AuthoringClient(host.baseUri());
        HttpResponse<String> login = client.login("editor", PASSWORD, ROOT + "/mediaWire?sort=headline");
        assertEquals(303, login.statusCode());
        assertEquals(ROOT + "/mediaWire?sort=headline", login.headers().firstValue("Location").orElseThrow());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MW_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag, else the browser drops it: " + cookie);
        assertTrue(cookie.substring("MW_SESSION=".length(), cookie.indexOf(';')).length() >= 43, "256-bit id");

        HttpResponse<String> list = client.get(ROOT + "/mediaWire");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(first.headline()));
        assertTrue(list.body().contains("href=\"/.magnolia/admincentral/mediaWire/story/" + first.id() + "\""));
        assertTrue(list.body().contains(">Published here</th>"), "columns come from apps/mediaWire.yaml");
        assertTrue(list.body().contains("href=\"/.magnolia/admincentral/mediaWire/import\""), "the import action's place");
        String csp = list.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", list.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("nosniff", list.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(list.headers().firstValue("Referrer-Policy").isPresent());
        assertFalse(list.body().contains("<script>"), "no inline script");

        assertEquals(200, client.get(ROOT + "/app/mediaWire").statusCode());
        HttpResponse<String> search = client.get(ROOT + "/mediaWire?q=" + "harbour+STRIKE");
        assertTrue(search.body().contains(first.headline()), "full-text search finds it");
        Story other = story("A quiet day at the harbour");
        String byHeadline = client.get(ROOT + "/mediaWire?sort=headline").body();
        assertTrue(byHeadline.indexOf(other.headline()) < byHeadline.indexOf(first.headline()), "A before D");
        String byImport = client.get(ROOT + "/mediaWire").body();
        assertTrue(byImport.indexOf(other.headline()) < byImport.indexOf(first.headline()), "newest import first");
        host.stories().publish(first.id(), "editor");
        String published = client.get(ROOT + "/mediaWire?sort=published").body();
        assertTrue(published.contains(first.headline()) && !published.contains(other.headline()),
                "newest published first lists published stories");
        HttpResponse<String> odd = client.get(ROOT + "/mediaWire?q=%22%28%5C+OR+*+%27");
        assertEquals(200, odd.statusCode(), "query syntax in the search box is escaped, not an error");
    }

    @Test
    void postsWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        Story story = story("Ferry timetable changes next month");
        AuthoringClient client = signedIn("editor");
        String url = ROOT + "/mediaWire/story/" + story.id();
        HttpResponse<String> none = client.post(url + "/publish", Map.of());
        assertEquals(403, none.statusCode());
        HttpResponse<String> wrong = client.post(url + "/publish", Map.of("_csrf", "A".repeat(43)));
        assertEquals(403, wrong.statusCode());
        HttpResponse<String> rename = client.post(url, Map.of("headline", "Hijacked"));
        assertEquals(403, rename.statusCode());
        Story after = host.stories().byId(story.id()).orElseThrow();
        assertEquals(StoryStatus.DRAFT, after.status());
        assertEquals(story.headline(), after.headline());

        AuthoringClient other = signedIn("editor");
        String othersToken = other.csrfFrom(url);
        assertEquals(403, client.post(url + "/publish", Map.of("_csrf", othersToken)).statusCode(),
                "a token belongs to its own session");

        String token = client.csrfFrom(url);
        HttpResponse<String> publish = client.post(url + "/publish", Map.of("_csrf", token));
        assertEquals(303, publish.statusCode());
        Story published = host.stories().byId(story.id()).orElseThrow();
        assertTrue(published.isPublished());
        assertEquals("editor", published.lastActivatedBy());
    }

    @Test
    void aCraftedRequestThatChangesTheBodyOrSourceIsRefusedAndChangesNothing() throws Exception {
        Story story = story("Council approves new sea wall");
        AuthoringClient client = signedIn("editor");
        String url = ROOT + "/mediaWire/story/" + story.id();
        String token = client.csrfFrom(url);

        Map<String, String> tampered = new LinkedHashMap<>();
        tampered.put("_csrf", token);
        tampered.put("headline", "Sea wall approved");
        tampered.put("body", "<p>Rewritten by someone else.</p>");
        HttpResponse<String> response = client.post(url, tampered);
        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("body cannot be changed"), response.body());

        Map<String, String> source = new LinkedHashMap<>();
        source.put("_csrf", token);
        source.put("sourceName", "Another Agency");
        assertEquals(409, client.post(url, source).statusCode());

        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("_csrf", token);
        unknown.put("mgnl:lastModifiedBy", "someone");
        assertEquals(400, client.post(url, unknown).statusCode());

        Story after = host.stories().byId(story.id()).orElseThrow();
        assertEquals(BODY, after.original().body());
        assertEquals("Harbour Times", after.original().sourceName());
        assertEquals(story.headline(), after.headline(), "the whole request was refused, the headline too");
        assertEquals(story.lastModified(), after.lastModified());

        Map<String, String> honest = new LinkedHashMap<>();
        honest.put("_csrf", token);
        honest.put("headline", "Sea wall approved after long debate");
        honest.put("body", BODY); // an unchanged echo is fine
        assertEquals(303, client.post(url, honest).statusCode());
        Story saved = host.stories().byId(story.id()).orElseThrow();
        assertEquals("Sea wall approved after long debate", saved.headline());
        assertEquals(story.headline(), saved.original().headline());
        assertEquals("editor", saved.lastModifiedBy());
        assertEquals(BODY, saved.original().body());
    }

    @Test
    void savingThePublishedFormUnchangedLeavesTheStoryPublishedAndUnmodified() throws Exception {
        Story story = host.stories().publish(story("Ferry timetable stays the same").id(), "chief");
        clock.advance(Duration.ofMinutes(10));
        AuthoringClient client = signedIn("editor");
        String url = ROOT + "/mediaWire/story/" + story.id();
        String page = client.get(url).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", client.csrf);
        Matcher field = Pattern.compile("<input id=\"f-(\\w+)\" name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(page);
        while (field.find()) {
            form.put(field.group(2), field.group(3)); // the form as the browser would send it back
        }
        assertEquals(List.of("_csrf", "headline", "tags"), List.copyOf(form.keySet()), page);

        HttpResponse<String> saved = client.post(url, form);
        assertEquals(303, saved.statusCode(), saved.body());
        Story after = host.stories().byId(story.id()).orElseThrow();
        assertEquals(story.lastModified(), after.lastModified(), "mgnl:lastModified did not move");
        assertEquals(StoryStatus.PUBLISHED, after.status());
        String detail = client.get(url).body();
        assertFalse(detail.contains("Modified since publish"), detail);
    }

    @Test
    void theDetailFormHasNoControlForTheBodyOrSourceFields() throws Exception {
        Story story = story("Lighthouse keeper retires after forty years");
        AuthoringClient client = signedIn("editor");
        String html = client.get(ROOT + "/mediaWire/story/" + story.id()).body();
        assertTrue(html.contains("name=\"headline\""));
        for (String readOnly : List.of("body", "sourceName", "sourceUrl", "author", "originalHeadline")) {
            assertFalse(html.contains("name=\"" + readOnly + "\""), readOnly + " must have no form control");
        }
        assertFalse(html.contains("contenteditable"));
        assertTrue(html.contains("<article class=\"story-body\" id=\"story-body\"><p>The harbour authority"), html);
        assertTrue(html.contains("Not public yet"));
    }

    @Test
    void threeWrongPasswordsAreFreeThenEachWaitDoublesWithRetryAfter() throws Exception {
        users.add("slowpoke", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        AuthoringClient client = new AuthoringClient(host.baseUri());
        // The docs promise three free failures (README, docs/notes/authoring.md).
        for (int attempt = 1; attempt <= 3; attempt++) {
            HttpResponse<String> free = client.login("slowpoke", "wrong password " + attempt, null);
            assertEquals(401, free.statusCode(), "failure " + attempt + " is free");
            assertTrue(free.headers().firstValue("Retry-After").isEmpty());
        }
        HttpResponse<String> fourth = client.login("slowpoke", "wrong password 4", null);
        assertEquals(429, fourth.statusCode(), "the fourth failure starts the throttle");
        assertEquals("1", fourth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(fourth.body().contains("Wait 1 seconds"), fourth.body());
        HttpResponse<String> right = client.login("slowpoke", PASSWORD, null);
        assertEquals(429, right.statusCode(), "while the wait lasts, even the right password is refused");
        assertTrue(right.headers().firstValue("Retry-After").isPresent());

        clock.advance(Duration.ofSeconds(2));
        HttpResponse<String> fifth = client.login("slowpoke", "wrong password 5", null);
        assertEquals("2", fifth.headers().firstValue("Retry-After").orElseThrow(), "the wait doubles");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(303, client.login("slowpoke", PASSWORD, null).statusCode());
    }

    @Test
    void loginRedirectsOnlyToLocalPaths() throws Exception {
        for (String evil : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "http:/x",
                "javascript:alert(1)", "/\r\nSet-Cookie:x=1", "\t//evil.example", "/ /evil.example")) {
            AuthoringClient client = new AuthoringClient(host.baseUri());
            HttpResponse<String> login = client.login("editor", PASSWORD, evil);
            assertEquals(303, login.statusCode());
            assertEquals(ROOT + "/mediaWire", login.headers().firstValue("Location").orElseThrow(), evil);
        }
        AuthoringClient client = new AuthoringClient(host.baseUri());
        String page = client.get(ROOT + "/login?next=https%3A%2F%2Fevil.example%2F").body();
        assertFalse(page.contains("evil.example"), "the form does not carry a foreign next");
    }

    @Test
    void theLoginFormNeedsItsOwnToken() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        HttpResponse<String> forged = client.post(ROOT + "/login",
                Map.of("username", "editor", "password", PASSWORD, "_login", "forged"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("MW_SESSION=")));
    }

    @Test
    void theLoginTokenMustBeOneTheServerIssuedNotAPairTheClientChose() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        java.net.HttpCookie chosen = new java.net.HttpCookie("MW_LOGIN", "abc");
        chosen.setPath(ROOT + "/login");
        chosen.setVersion(0);
        client.cookies.getCookieStore().add(host.baseUri(), chosen);
        HttpResponse<String> forged = client.post(ROOT + "/login",
                Map.of("username", "editor", "password", PASSWORD, "_login", "abc"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("MW_SESSION=")));

        AuthoringClient late = new AuthoringClient(host.baseUri());
        String issued = AuthoringClient.hidden(late.get(ROOT + "/login").body(), "_login");
        clock.advance(Duration.ofMinutes(31));
        HttpResponse<String> expired = late.post(ROOT + "/login",
                Map.of("username", "editor", "password", PASSWORD, "_login", issued));
        assertEquals(403, expired.statusCode(), "an issued token expires on the server, not only in the cookie");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        AuthoringClient client = signedIn("editor");
        String token = client.csrfFrom(ROOT + "/mediaWire");
        String sessionId = client.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("MW_SESSION")).findFirst().orElseThrow().getValue();
        assertEquals(403, client.post(ROOT + "/logout", Map.of()).statusCode(), "sign-out needs the token too");
        HttpResponse<String> logout = client.post(ROOT + "/logout", Map.of("_csrf", token));
        assertEquals(303, logout.statusCode());
        assertEquals(302, client.get(ROOT + "/mediaWire").statusCode());
        AuthoringClient replay = new AuthoringClient(host.baseUri());
        replay.cookies.getCookieStore().add(host.baseUri(), cookie(sessionId));
        assertEquals(302, replay.get(ROOT + "/mediaWire").statusCode(), "the old id is dead on the server");
    }

    @Test
    void adminsAddEditorsAndEditorsCannot() throws Exception {
        AuthoringClient editor = signedIn("editor");
        assertEquals(403, editor.get(ROOT + "/users").statusCode());
        String editorToken = editor.csrfFrom(ROOT + "/mediaWire");
        assertEquals(403, editor.post(ROOT + "/users", Map.of("_csrf", editorToken, "name", "sneaky",
                "password", PASSWORD, "password2", PASSWORD, "role", "admin")).statusCode());

        AuthoringClient chief = signedIn("chief");
        String token = chief.csrfFrom(ROOT + "/users");
        HttpResponse<String> weak = chief.post(ROOT + "/users", Map.of("_csrf", token, "name", "newbie",
                "password", "short", "password2", "short", "role", "editor"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 12 characters"));
        HttpResponse<String> added = chief.post(ROOT + "/users", Map.of("_csrf", token, "name", "newbie",
                "password", PASSWORD, "password2", PASSWORD, "role", "editor"));
        assertEquals(303, added.statusCode());
        assertEquals(EnumSet.of(Role.EDITOR), users.find("newbie").orElseThrow().roles());
        assertEquals("chief", users.find("newbie").orElseThrow().createdBy());
        assertEquals(303, new AuthoringClient(host.baseUri()).login("newbie", PASSWORD, null).statusCode());
        assertTrue(users.find("sneaky").isEmpty());
    }

    @Test
    void deleteNeedsTheConfirmation() throws Exception {
        Story story = story("Old pier to be demolished");
        AuthoringClient client = signedIn("editor");
        String url = ROOT + "/mediaWire/story/" + story.id();
        // The action bar offers the confirmation (confirmDeletion); its successActionName is delete.
        assertTrue(client.get(url).body().contains("href=\"" + url + "/confirmDeletion\" data-action=\"confirmDeletion\""));
        HttpResponse<String> confirm = client.get(url + "/confirmDeletion");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Delete this story?"), "the confirmation text comes from the app YAML");
        assertTrue(confirm.body().contains("action=\"" + url + "/delete\""), "proceeding runs the success action");
        HttpResponse<String> direct = client.get(url + "/delete");
        assertEquals(303, direct.statusCode(), "the success action is reached through its confirmation");
        assertEquals(url + "/confirmDeletion", direct.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> unconfirmed = client.post(url + "/delete", Map.of("_csrf", client.csrf));
        assertEquals(303, unconfirmed.statusCode());
        assertEquals(url + "/confirmDeletion", unconfirmed.headers().firstValue("Location").orElseThrow());
        assertTrue(host.stories().byId(story.id()).isPresent());
        HttpResponse<String> confirmed = client.post(url + "/delete", Map.of("_csrf", client.csrf, "confirmed", "yes"));
        assertEquals(303, confirmed.statusCode());
        assertTrue(host.stories().byId(story.id()).isEmpty());
        assertEquals(404, client.get(url).statusCode());
        assertEquals(404, client.post(url + "/noSuchAction", Map.of("_csrf", client.csrf)).statusCode());
    }

    @Test
    void onlyActionsTheActionBarOffersOnAStoryRun() throws Exception {
        Story story = story("Ferry timetable changes");
        AuthoringClient client = signedIn("editor");
        String url = ROOT + "/mediaWire/story/" + story.id();
        String page = client.get(url).body();
        // The story section's groups in YAML order: publishing, then deleting.
        assertTrue(page.indexOf("data-group=\"activationActions\"") < page.indexOf("data-group=\"deleteActions\""), page);
        assertFalse(page.contains("data-action=\"importStory\""), "the import is offered at the root only");
        HttpResponse<String> importHere = client.post(url + "/importStory", Map.of("_csrf", client.csrf));
        assertEquals(404, importHere.statusCode(), "not offered on a story, so it does not run there");
        HttpResponse<String> edit = client.post(url + "/edit", Map.of("_csrf", client.csrf));
        assertEquals(400, edit.statusCode(), "the detail page is the edit");
    }

    private static java.net.HttpCookie cookie(String id) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("MW_SESSION", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        assertNotNull(id);
        return cookie;
    }
}
