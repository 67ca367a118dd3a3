package io.mediawire.host.web.authoring;

import io.mediawire.authoring.AppDefinition;
import io.mediawire.authoring.AppDefinitionReader;
import io.mediawire.authoring.AuthSession;
import io.mediawire.authoring.StoryBrowser;
import io.mediawire.story.StoryStore;
import jakarta.servlet.http.HttpServletRequest;

/** What the authoring servlets share: the store, the app definition, the page renderer. */
record AuthoringContext(StoryStore stories, StoryBrowser browser, AppDefinitionReader apps, Pages pages,
                        StoryPresenter presenter) {
    static final String APP_ID = "media-wire:mediaWire";

    AppDefinition app() {
        return apps.read(APP_ID);
    }

    /** The session the guard has checked; servlets behind the guard always have one. */
    static AuthSession session(HttpServletRequest request) {
        return (AuthSession) request.getAttribute(Pages.SESSION_ATTRIBUTE);
    }
}
