package io.mediawire.host.web;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * One area of the host's web interface (health, site, delivery API, authoring UI, import API).
 * A feature takes what it needs from {@link WebServices} only, never from another feature, so the
 * order in which features are installed does not matter.
 */
public interface WebFeature {
    void install(ServletContextHandler context, WebServices services);
}
