package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;

/** Magnolia's {@code openDetailSubappAction}: opens the selected item in the app's detail subapp. */
@ActionType("openDetailSubappAction")
public class OpenDetailSubappActionDefinition extends ConfiguredActionDefinition {
    private String appName;
    private String subAppName;
    private String viewType;

    public String getAppName() {
        return appName;
    }

    public void setAppName(String appName) {
        this.appName = appName;
    }

    public String getSubAppName() {
        return subAppName;
    }

    public void setSubAppName(String subAppName) {
        this.subAppName = subAppName;
    }

    public String getViewType() {
        return viewType;
    }

    public void setViewType(String viewType) {
        this.viewType = viewType;
    }
}
