package io.mediawire.magnolia;

import javax.jcr.Node;

/** Magnolia's {@code info.magnolia.rendering.model.RenderingModelImpl}: the base class of template models. */
public class RenderingModelImpl<RD extends RenderableDefinition> implements RenderingModel<RD> {
    protected final Node content;
    protected final RD definition;
    protected final RenderingModel<?> parent;
    private ContentMap contentMap;

    public RenderingModelImpl(Node content, RD definition, RenderingModel<?> parent) {
        this.content = content;
        this.definition = definition;
        this.parent = parent;
    }

    @Override
    public RenderingModel<?> getParent() {
        return parent;
    }

    @Override
    public RenderingModel<?> getRoot() {
        RenderingModel<?> root = this;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    @Override
    public Node getNode() {
        return content;
    }

    @Override
    public ContentMap getContent() {
        if (contentMap == null && content != null) {
            contentMap = ContentMap.of(content);
        }
        return contentMap;
    }

    @Override
    public RD getDefinition() {
        return definition;
    }

    @Override
    public String execute() {
        return null;
    }
}
