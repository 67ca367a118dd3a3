package io.mediawire.host.rendering;

import io.mediawire.magnolia.AggregationState;
import io.mediawire.magnolia.WebContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One page request as the models see it ({@link WebContext}, {@link AggregationState}): the
 * visitor's path and URL, the path rendered after a virtual URI mapping, the parameters, and the
 * error a model sent instead of the page.
 */
final class PageContext implements WebContext, AggregationState {
    private final String originalURI;
    private final String originalURL;
    private final String currentURI;
    private final Map<String, String> parameters;
    private final boolean preview;
    private Locale locale;
    private int error;

    PageContext(String originalURI, String originalURL, String currentURI, Map<String, String> parameters, boolean preview) {
        this.originalURI = originalURI;
        this.originalURL = originalURL;
        this.currentURI = currentURI;
        this.parameters = Map.copyOf(parameters);
        this.preview = preview;
    }

    /**
     * The parameters of a request: the visitor's {@code page} (the only one the public site reads,
     * and the only one in the page cache's key) and those a forward's query adds.
     */
    static Map<String, String> parameters(String page, String forwardQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (page != null) {
            parameters.put("page", page);
        }
        for (String pair : forwardQuery == null || forwardQuery.isEmpty() ? new String[0] : forwardQuery.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape names nothing: the parameter is absent
            }
        }
        return parameters;
    }

    @Override
    public AggregationState getAggregationState() {
        return this;
    }

    @Override
    public String getParameter(String name) {
        return parameters.get(name);
    }

    @Override
    public Map<String, String> getParameters() {
        return parameters;
    }

    @Override
    public String getContextPath() {
        return "";
    }

    @Override
    public void sendError(int status) {
        this.error = status;
    }

    /** The same request, for the error page: no error sent yet, no locale chosen yet. */
    PageContext withoutError() {
        return new PageContext(originalURI, originalURL, currentURI, parameters, preview);
    }

    /** The status a model sent, 0 for none. */
    int error() {
        return error;
    }

    @Override
    public String getOriginalURI() {
        return originalURI;
    }

    @Override
    public String getOriginalURL() {
        return originalURL;
    }

    @Override
    public String getCurrentURI() {
        return currentURI;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public boolean isPreviewMode() {
        return preview;
    }
}
