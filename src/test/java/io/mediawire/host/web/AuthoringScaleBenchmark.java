package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the authoring list behaves with many stories. Opt-in, it fills a repository:
 * {@code mvn -q test -Dtest=AuthoringScaleBenchmark -Dauthoring.benchmark=100000
 * -Dmaven.test.redirectTestOutputToFile=false}. Prints median milliseconds; asserts only
 * correctness, never timings.
 */
class AuthoringScaleBenchmark {
    private static final String[] WORDS = ("harbour strike council budget rail line wind farm library quota fishing "
            + "election storm flood bridge school hospital court market energy port ferry festival museum airport "
            + "police union tax housing water drought wildfire vaccine teacher nurse farmer border river").split(" ");

    @TempDir
    Path home;

    @Test
    void listSearchAndSortAtScale() throws Exception {
        int size = Integer.getInteger("authoring.benchmark", 0);
        assumeTrue(size > 0, "opt-in: -Dauthoring.benchmark=<stories>");
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        try (Host host = TestHost.start(home, clock, false, false)) {
            long fillStart = System.nanoTime();
            fill(host.stories(), size, clock);
            System.out.printf("filled %d stories in %.0f s%n", size, (System.nanoTime() - fillStart) / 1e9);
            StoryBrowser browser = new StoryBrowser(host.stories(), host.services().sessions());
            int deepPage = size / StoryBrowser.DEFAULT_PAGE_SIZE / 2;
            report("list, page 1 (newest import)", () -> browser.find(new StoryBrowser.Request("", null, 1, 25)));
            report("list, page " + deepPage, () -> browser.find(new StoryBrowser.Request("", null, deepPage, 25)));
            report("search 'harbour strike', page 1", () -> browser.find(new StoryBrowser.Request("harbour strike", null, 1, 25)));
            report("search 'harbour strike', page 20", () -> browser.find(new StoryBrowser.Request("harbour strike", null, 20, 25)));
            report("search rare word, page 1", () -> browser.find(new StoryBrowser.Request("zanzibar", null, 1, 25)));
            report("sort headline, page 1", () -> browser.find(new StoryBrowser.Request("", StoryBrowser.Sort.HEADLINE, 1, 25)));
            report("sort published, page 1", () -> browser.find(new StoryBrowser.Request("", StoryBrowser.Sort.PUBLISHED, 1, 25)));
            assertEquals(25, browser.find(new StoryBrowser.Request("", null, deepPage, 25)).stories().size());
            assertEquals(1, browser.find(new StoryBrowser.Request("zanzibar", null, 1, 25)).stories().size());

            new UserStore(host.services().sessions(), clock).add("bench", "benchmark password".toCharArray(),
                    EnumSet.of(Role.EDITOR), "bench");
            AuthoringClient client = new AuthoringClient(host.baseUri());
            client.login("bench", "benchmark password", null);
            report("HTTP GET list page 1", () -> ok(client, "/.magnolia/admincentral/mediaWire"));
            report("HTTP GET search", () -> ok(client, "/.magnolia/admincentral/mediaWire?q=harbour+strike"));
        }
    }

    private static void fill(StoryStore store, int size, MutableClock clock) {
        Random random = new Random(42);
        Instant importedAt = clock.instant();
        List<StoryStore.Seed> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            importedAt = importedAt.plusSeconds(60);
            String headline = sentence(random, 7) + " " + i;
            String body = "<p>" + sentence(random, 40) + (i == size / 3 ? " zanzibar" : "") + ".</p><p>" + sentence(random, 30) + ".</p>";
            Instant publishAt = random.nextInt(10) < 3 ? importedAt.plusSeconds(random.nextInt(72 * 3600)) : null;
            batch.add(new StoryStore.Seed(NewStory.of(headline, body, "Bench Wire", "https://bench.example/" + i),
                    importedAt, publishAt));
            if (batch.size() == 500) {
                store.createAll(batch, "bench");
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.createAll(batch, "bench");
        }
        clock.set(importedAt.plus(Duration.ofDays(4)));
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static Object ok(AuthoringClient client, String path) {
        try {
            HttpResponse<String> response = client.get(path);
            assertEquals(200, response.statusCode());
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, Supplier<Object> run) {
        run.get(); // warm up
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Object result = run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            assertTrue(result != null);
        }
        Arrays.sort(ms);
        System.out.printf("%-36s median %7.1f ms  (min %.1f, max %.1f)%n", what, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
}
