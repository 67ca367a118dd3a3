package io.mediawire.host.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.host.cache.Generations;
import io.mediawire.host.cache.StampedCache;
import io.mediawire.host.rendering.PublicSite;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /.health/cache}, for editors: per cache (the kept public answers, the rendered pages) its
 * entries, weight, bound, hits, misses, hit rate, evictions and stale entries dropped, and the
 * invalidation's counters. For people and monitoring, not a load balancer: always 200 when answered.
 */
final class CacheHealthServlet extends EditorApiServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.health/cache";

    private final transient ReadyAnswers answers;
    private final transient PublicSite site;

    CacheHealthServlet(ReadyAnswers answers, PublicSite site, EditorAuthentication authentication) {
        super(authentication, "see the caches");
        this.answers = answers;
        this.site = site;
    }

    @Override
    void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException {
        if (!JsonApi.readsOnly(method, response)) {
            return;
        }
        ObjectNode json = JsonApi.JSON.createObjectNode();
        ObjectNode caches = json.putObject("caches");
        put(caches.putObject("keptAnswers"), answers.figures());
        if (site != null) {
            put(caches.putObject("renderedPages"), site.renderedPages().figures());
        }
        Generations.Counters counters = answers.counters();
        json.putObject("invalidation")
                .put("everything", counters.everything())
                .put("publicChanges", counters.publicChanges())
                .put("changedAt", counters.changedAt().toString());
        JsonApi.write(response, 200, json);
    }

    private static void put(ObjectNode json, StampedCache.Figures figures) {
        json.put("enabled", figures.enabled())
                .put("entries", figures.entries())
                .put("weightBytes", figures.weightBytes())
                .put("boundBytes", figures.boundBytes())
                .put("hits", figures.hits())
                .put("misses", figures.misses())
                .put("hitRate", figures.hitRate())
                .put("evictions", figures.evictions())
                .put("staleDropped", figures.stale());
    }
}
