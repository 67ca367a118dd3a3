package io.mediawire.importing;

import java.util.List;
import java.util.Map;

/**
 * The app action {@code $type: mediaWireImportAction} of {@code apps/mediaWire.yaml}: what the
 * authoring UI's import dialog runs. Its definition keys: {@code label}, {@code publish} (default
 * for the dialog's "publish at once" box), {@code availability.writePermissionRequired}.
 */
public final class MediaWireImportAction {
    public static final String TYPE = "mediaWireImportAction";

    private final ImportService imports;
    private final Map<String, Object> definition;

    public MediaWireImportAction(ImportService imports, Map<String, Object> definition) {
        if (!TYPE.equals(definition.get("$type"))) {
            throw new IllegalArgumentException("not a " + TYPE + " definition: " + definition.get("$type"));
        }
        this.imports = imports;
        this.definition = definition;
    }

    public String label() {
        return String.valueOf(definition.getOrDefault("label", "Import story"));
    }

    public boolean publishByDefault() {
        return Boolean.TRUE.equals(definition.get("publish"));
    }

    public ImportJob execute(List<ImportSource> sources, boolean publish, String user) {
        return imports.submit(sources, publish, user);
    }
}
