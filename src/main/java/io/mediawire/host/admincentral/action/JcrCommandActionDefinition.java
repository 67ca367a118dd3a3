package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;

/**
 * Magnolia's {@code jcrCommandAction}: runs the command {@code command} of the command catalog
 * {@code catalog} ({@code default} when left out) on the selected item, e.g. {@code activate}
 * in the {@code versioned} catalog to publish with a version.
 */
@ActionType("jcrCommandAction")
public class JcrCommandActionDefinition extends ConfiguredActionDefinition {
    public static final String DEFAULT_CATALOG = "default";

    private String command;
    private String catalog = DEFAULT_CATALOG;
    private boolean asynchronous;

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public String getCatalog() {
        return catalog;
    }

    public void setCatalog(String catalog) {
        this.catalog = catalog == null || catalog.isBlank() ? DEFAULT_CATALOG : catalog;
    }

    public boolean isAsynchronous() {
        return asynchronous;
    }

    public void setAsynchronous(boolean asynchronous) {
        this.asynchronous = asynchronous;
    }
}
