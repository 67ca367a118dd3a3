package io.mediawire.magnolia;

import java.util.Map;

/**
 * A template definition as a model sees it, Magnolia's {@code info.magnolia.rendering.template.RenderableDefinition}:
 * its id ({@code media-wire:pages/article}), script and {@code parameters}.
 */
public interface RenderableDefinition {
    String getId();

    /** The id without the module: {@code pages/article}. */
    String getName();

    String getTemplateScript();

    /** The definition's {@code parameters:} map, empty when it has none. */
    Map<String, Object> getParameters();
}
