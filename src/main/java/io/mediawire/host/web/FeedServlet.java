package io.mediawire.host.web;

import io.mediawire.host.cache.Dependency;
import io.mediawire.syndication.FeedWriter;
import io.mediawire.story.StoryStore;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code /media-wire/feed.xml}: RSS 2.0 of the 20 newest published stories, with ETag and 304. */
final class FeedServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private final transient StoryStore stories;
    private final transient FeedWriter writer = new FeedWriter("Media Wire",
            "Stories republished from other news agencies, each with its source.");

    private final transient ReadyAnswers answers;

    FeedServlet(StoryStore stories, ReadyAnswers answers) {
        super(answers);
        this.stories = stories;
        this.answers = answers;
    }

    /** Other methods get a bare answer: no error page, just what is allowed. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(method.equals("OPTIONS") ? 204 : 405);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected Reply reply(HttpServletRequest request) {
        byte[] xml = writer.write(stories.recent(FeedWriter.ITEMS), site(request), stories::sourceName);
        return Reply.of(HttpServletResponse.SC_OK, FeedWriter.CONTENT_TYPE, xml)
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", "Accept-Encoding")
                .validators(etag(xml), answers.changedAt())
                .compressible()
                .keep(Dependency.PUBLIC_CONTENT);
    }

    /** This host as the request reached it (Jetty has checked the Host header's syntax). */
    private static URI site(HttpServletRequest request) {
        try {
            return new URI(request.getScheme(), null, request.getServerName(), request.getServerPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable host name " + request.getServerName(), e);
        }
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
