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

    private AdminPaths() {
    }

    public static String story(String id) {
        return STORY + encode(id);
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
