package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.Definition;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code def}: a template definition's keys, plus its {@code id} and {@code name}. */
final class DefinitionModel {
    private DefinitionModel() {
    }

    static Map<String, Object> of(Definition definition) {
        Map<String, Object> def = new LinkedHashMap<>(definition.body());
        def.put("id", definition.id());
        def.put("name", definition.name());
        def.putIfAbsent("parameters", Map.of());
        def.putIfAbsent("areas", Map.of());
        return def;
    }
}
