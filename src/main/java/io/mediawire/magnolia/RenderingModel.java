package io.mediawire.magnolia;

import javax.jcr.Node;

/**
 * The object behind a template's {@code model}, Magnolia's {@code info.magnolia.rendering.model.RenderingModel}.
 * The renderer creates one per rendered page, area or component from the definition's
 * {@code modelClass} (by constructor: the content node, the definition, the parent model, and
 * services by type), calls {@link #execute()} and then renders the script with it.
 */
public interface RenderingModel<RD extends RenderableDefinition> {
    /** What {@link #execute()} returns to stop the script from rendering (after it sent an error, say). */
    String SKIP_RENDERING = "skip-rendering";

    /** The model of the page or area this one is rendered in; null for a page. */
    RenderingModel<?> getParent();

    /** The page's model: the last of the parents. */
    RenderingModel<?> getRoot();

    /** The node being rendered, or null when the content has no node (a generated component). */
    Node getNode();

    /** {@link #getNode()} as a map, as templates see {@code content}; null without a node. */
    ContentMap getContent();

    RD getDefinition();

    /** Runs before the script; its result is the script's {@code actionResult}. */
    String execute();
}
