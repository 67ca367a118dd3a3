package io.mediawire.host.web;

import io.mediawire.host.HostServices;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/** One area of the host's web interface (health, site, delivery API, authoring UI). */
public interface WebFeature {
    void install(ServletContextHandler context, HostServices services);
}
