package io.mediawire.host.web.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The URLs of the authoring UI, in one place. */
public final class AdminPaths {
    public static final String ROOT = "/.magnolia/admincentral";
    public static final String LOGIN = ROOT + "/login";
    public static final String LOGOUT = ROOT + "/logout";
    public static final String APP = ROOT + "/mediaWire";
    public static final String APP_ALIAS = ROOT + "/app/mediaWire";
    public static final String IMPORT = APP + "/import";
    public static final String STORY = APP + "/story/";
    public static final String PREVIEW = APP + "/preview";
    public static final String USERS = ROOT + "/users";
    public static final String STATIC = ROOT + "/static";
    public static final String PUBLIC_SECTION = "/media-wire";
    public static final String SOURCES = ROOT + "/mediaWireSources";
    public static final String SOURCES_ADD = SOURCES + "/add";
    public static final String SOURCE = SOURCES + "/source/";
    public static final String FEEDS = ROOT + "/mediaWireFeeds";
    public static final String FEEDS_ADD = FEEDS + "/add";
    public static final String FEED = FEEDS + "/feed/";

    private AdminPaths() {
    }

    public static String story(String id) {
        return STORY + encode(id);
    }

    public static String source(String id) {
        return SOURCE + encode(id);
    }

    public static String feed(String id) {
        return FEED + encode(id);
    }

    /** The Feeds app's form for a new subscription of {@code sourceId} (may be null) to {@code url} (may be null). */
    public static String subscribe(String sourceId, String url) {
        StringBuilder link = new StringBuilder(FEEDS_ADD);
        char next = '?';
        if (sourceId != null) {
            link.append(next).append("source=").append(encode(sourceId));
            next = '&';
        }
        if (url != null) {
            link.append(next).append("url=").append(encode(url));
        }
        return link.toString();
    }

    public static String publicPage(String storyPath) {
        return PUBLIC_SECTION + storyPath;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The path below {@link #ROOT} of a request URI ("" for the root itself). */
    public static String below(String requestUri) {
        return requestUri.startsWith(ROOT) ? requestUri.substring(ROOT.length()) : requestUri;
    }
}
