package io.mediawire.importing;

import java.util.List;

/**
 * The import action of the Media Wire app, built from its {@link MediaWireImportActionDefinition}
 * with the module's import service, as Magnolia builds an action from its definition and
 * injected components. The authoring UI's import dialog collects the sources and runs it.
 */
public final class MediaWireImportAction {
    private final MediaWireImportActionDefinition definition;
    private final ImportService imports;

    public MediaWireImportAction(MediaWireImportActionDefinition definition, ImportService imports) {
        this.definition = definition;
        this.imports = imports;
    }

    public String label() {
        String label = definition.getLabel();
        return label == null || label.isBlank() ? "Import story" : label;
    }

    public boolean publishByDefault() {
        return definition.isPublish();
    }

    public ImportJob execute(List<ImportSource> sources, boolean publish, String user) {
        return imports.submit(sources, publish, user);
    }
}
