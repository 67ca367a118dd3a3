package io.mediawire.host.delivery;

import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CORS the way Magnolia configures it: not in the endpoint definition but as CORS configurations of
 * the filter chain. Magnolia's site-aware CORS filter reads the {@code cors} entries of the site
 * definition (documented for DX Core under {@code /modules/multisite/config/sites/<site>}; the
 * Community Edition keeps its one site at {@code /modules/site/config/site}), and a light module
 * sets them by decorating that module's configuration. So the host reads {@code cors} under
 * {@code site} of every {@code decorations/site/config.yaml}. The first entry whose URI pattern covers the request
 * and whose origins include the request's origin answers; any other origin gets no CORS header at
 * all, so the browser withholds the answer. Read on each request, so an edit works in development mode.
 */
final class Cors {
    static final String DECORATION = "site/config";
    private static final Logger LOG = LoggerFactory.getLogger(Cors.class);

    private final DefinitionRegistry definitions;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile Parsed parsed = new Parsed(List.of(), List.of());

    private record Parsed(List<Definition> source, List<CorsConfiguration> configurations) {
    }

    Cors(DefinitionRegistry definitions) {
        this.definitions = definitions;
    }

    /** Headers of an actual (non-preflight) answer on {@code uri}. */
    Map<String, String> simple(String uri, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        configuration(uri, origin).ifPresent(c -> {
            headers.put("Access-Control-Allow-Origin", c.allowOriginValue(origin));
            headers.put("Access-Control-Expose-Headers", "ETag, Link");
        });
        return headers;
    }

    /** Headers of a preflight answer; empty when the origin, the method or a request header is not allowed. */
    Map<String, String> preflight(String uri, String origin, String method, String requestHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        Optional<CorsConfiguration> found = configuration(uri, origin);
        if (found.isEmpty() || !found.get().allowsMethod(method)) {
            return headers;
        }
        CorsConfiguration c = found.get();
        boolean askedHeaders = requestHeaders != null && !requestHeaders.isBlank();
        if (askedHeaders) {
            for (String header : requestHeaders.split(",")) {
                if (!c.allowsHeader(header)) {
                    return headers;
                }
            }
        }
        headers.put("Access-Control-Allow-Origin", c.allowOriginValue(origin));
        headers.put("Access-Control-Allow-Methods", String.join(", ", c.allowedMethods()));
        if (askedHeaders) {
            headers.put("Access-Control-Allow-Headers", requestHeaders.strip());
        }
        headers.put("Access-Control-Max-Age", "600");
        return headers;
    }

    private Optional<CorsConfiguration> configuration(String uri, String origin) {
        return configurations().stream().filter(c -> c.covers(uri) && c.allowsOrigin(origin)).findFirst();
    }

    /** Every CORS configuration of the light modules, parsed again only when a file changed. */
    List<CorsConfiguration> configurations() {
        List<Definition> source = definitions.all("decorations").stream()
                .filter(d -> d.name().equals(DECORATION)).toList();
        Parsed current = parsed;
        if (DefinitionInstances.same(source, current.source())) {
            return current.configurations();
        }
        List<CorsConfiguration> configurations = new ArrayList<>();
        for (Definition definition : source) {
            if (!(definition.body().get("site") instanceof Map<?, ?> site) || site.get("cors") == null) {
                continue;
            }
            if (!(site.get("cors") instanceof Map<?, ?> entries)) {
                report(definition.file() + ": site/cors must be a map of named CORS configurations");
                continue;
            }
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                try {
                    configurations.add(CorsConfiguration.read(String.valueOf(entry.getKey()), entry.getValue(),
                            definition.file() + ": site/"));
                } catch (IllegalArgumentException e) {
                    report(e.getMessage());
                }
            }
        }
        parsed = new Parsed(source, List.copyOf(configurations));
        return parsed.configurations();
    }

    private void report(String problem) {
        if (reported.add(problem)) {
            LOG.error("CORS configuration not used: {}", problem);
        }
    }
}
