package io.mediawire.magnolia;

import java.util.Map;

/**
 * The request as a model sees it, the part of Magnolia's {@code info.magnolia.context.WebContext}
 * (what {@code MgnlContext.getWebContext()} returns) models use.
 */
public interface WebContext {
    AggregationState getAggregationState();

    /** A request parameter, including those a {@code forward:} mapping adds; null when absent. */
    String getParameter(String name);

    Map<String, String> getParameters();

    /** The web application's path, "" at the root. */
    String getContextPath();

    /**
     * Answers the request with an error status and the site's error page; the model then returns
     * {@link RenderingModel#SKIP_RENDERING}. Magnolia: {@code getResponse().sendError(status)}.
     */
    void sendError(int status);
}
