package io.mediawire.host.lightmodule;

import java.util.Map;

/**
 * One YAML definition of a light module.
 *
 * @param type  the top folder: {@code contentTypes}, {@code apps}, {@code templates}, {@code restEndpoints}, ...
 * @param id    Magnolia's reference form {@code <module>:<path under the type folder, without .yaml>}
 * @param tag   the document's root tag, e.g. {@code !content-type:mediaWire}, or null
 * @param body  the parsed document; nested maps and lists of plain Java values
 */
public record Definition(String type, String id, String module, String file, String tag, Map<String, Object> body) {

    /** The part of the id after the module, e.g. {@code pages/article}. */
    public String name() {
        return id.substring(id.indexOf(':') + 1);
    }
}
