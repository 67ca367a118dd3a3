package io.mediawire.host.web;

import io.mediawire.host.imaging.Renditions;
import io.mediawire.host.imaging.ThemeImaging;
import io.mediawire.images.AssetStore;
import io.mediawire.magnolia.ImagingSupport;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The copied pictures: {@code /dam/*} (originals) and {@code /.imaging/*} (renditions), what
 * Magnolia's DAM and imaging modules serve. Renditions are kept in memory up to 64 MB besides the
 * repository.
 */
public final class ImagingFeature implements WebFeature {
    static final long MEMORY_CACHE_BYTES = 64L * 1024 * 1024;

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        AssetStore assets = services.components().getComponent(AssetStore.class).orElse(null);
        if (assets == null || !(services.components().getComponent(ImagingSupport.class).orElse(null) instanceof ThemeImaging theme)) {
            return; // no module copies pictures: nothing to serve
        }
        Renditions renditions = new Renditions(assets, theme, services.sessions(), MEMORY_CACHE_BYTES);
        context.addServlet(new ServletHolder("dam", ImageServlet.originals(renditions)), "/dam/*");
        context.addServlet(new ServletHolder("imaging", ImageServlet.renditions(renditions)), "/.imaging/*");
    }
}
