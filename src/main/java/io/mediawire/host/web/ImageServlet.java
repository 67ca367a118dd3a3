package io.mediawire.host.web;

import io.mediawire.host.imaging.Renditions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copied pictures, as Magnolia serves assets: originals at {@code /dam/jcr:<id>/<file>} (the DAM
 * download servlet), renditions at {@code /.imaging/mte/<theme>/<variation>/dam/jcr:<id>/<file>}
 * (the imaging servlet). An asset never changes, so answers are cached for a year; anything that
 * names no asset, a wrong file name or an unknown variation is a 404.
 */
final class ImageServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    static final Pattern ORIGINAL = Pattern.compile("/jcr:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/([A-Za-z0-9._-]{1,100})");
    static final Pattern RENDITION = Pattern.compile("/mte/([A-Za-z0-9_-]{1,40})/([A-Za-z0-9_-]{1,40})/dam"
            + ORIGINAL.pattern());

    private final transient Function<Matcher, Optional<Renditions.Image>> lookup;
    private final Pattern path;

    private ImageServlet(Pattern path, Function<Matcher, Optional<Renditions.Image>> lookup) {
        this.path = path;
        this.lookup = lookup;
    }

    static ImageServlet originals(Renditions renditions) {
        return new ImageServlet(ORIGINAL, m -> renditions.original(m.group(1), m.group(2)));
    }

    static ImageServlet renditions(Renditions renditions) {
        return new ImageServlet(RENDITION, m -> renditions.rendition(m.group(1), m.group(2), m.group(3), m.group(4)));
    }

    @Override
    protected Reply reply(HttpServletRequest request) {
        Matcher matcher = path.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Renditions.Image> image = matcher.matches() ? lookup.apply(matcher) : Optional.empty();
        if (image.isEmpty()) {
            return Reply.text(HttpServletResponse.SC_NOT_FOUND, "No such image.")
                    .header("Cache-Control", "public, max-age=60").header("X-Content-Type-Options", "nosniff");
        }
        return Reply.of(HttpServletResponse.SC_OK, image.get().mimeType(), image.get().bytes())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .validators(image.get().etag(), null);
    }
}
