package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.security.AuthSession;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.revisions.RevisionService;
import io.mediawire.story.StoryStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the authoring servlets share: the store, the app definition, the page renderer, and the
 * public site, whose renderer the preview uses; the revisions of stories changed at their source
 * (the module's service; a host without the module gets one over the same store).
 */
record AuthoringContext(StoryStore stories, StoryBrowser browser, AppDefinitionReader apps, Pages pages,
                        StoryPresenter presenter, PublicSite site, RevisionService revisions,
                        RevisionPresenter revisionPresenter) {
    static final String APP_ID = "media-wire:mediaWire";

    AppDefinition app() {
        return apps.read(APP_ID);
    }

    /** The session the guard has checked; servlets behind the guard always have one. */
    static AuthSession session(HttpServletRequest request) {
        return (AuthSession) request.getAttribute(Pages.SESSION_ATTRIBUTE);
    }
}
