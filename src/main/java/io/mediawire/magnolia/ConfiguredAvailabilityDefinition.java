package io.mediawire.magnolia;

import java.util.List;

/**
 * The bean behind {@code availability:}, with Magnolia's defaults
 * ({@code info.magnolia.ui.api.availability.ConfiguredAvailabilityDefinition}): available on
 * nodes of any type, not at the root, not on properties.
 */
public class ConfiguredAvailabilityDefinition implements AvailabilityDefinition {
    private boolean root;
    private boolean nodes = true;
    private boolean properties;
    private List<String> nodeTypes = List.of();
    private boolean writePermissionRequired;
    private boolean multiple;

    @Override
    public boolean isRoot() {
        return root;
    }

    public void setRoot(boolean root) {
        this.root = root;
    }

    @Override
    public boolean isNodes() {
        return nodes;
    }

    public void setNodes(boolean nodes) {
        this.nodes = nodes;
    }

    @Override
    public boolean isProperties() {
        return properties;
    }

    public void setProperties(boolean properties) {
        this.properties = properties;
    }

    @Override
    public List<String> getNodeTypes() {
        return nodeTypes;
    }

    public void setNodeTypes(List<String> nodeTypes) {
        this.nodeTypes = nodeTypes == null ? List.of() : List.copyOf(nodeTypes);
    }

    @Override
    public boolean isWritePermissionRequired() {
        return writePermissionRequired;
    }

    public void setWritePermissionRequired(boolean writePermissionRequired) {
        this.writePermissionRequired = writePermissionRequired;
    }

    @Override
    public boolean isMultiple() {
        return multiple;
    }

    public void setMultiple(boolean multiple) {
        this.multiple = multiple;
    }
}
