package io.mediawire.magnolia;

import java.util.List;

/**
 * When an action or an action bar section is available, as Magnolia's
 * {@code info.magnolia.ui.api.availability.AvailabilityDefinition}: at the root (nothing
 * selected), on nodes, on properties, on the listed node types only, and whether the user must be
 * allowed to write the selected item.
 */
public interface AvailabilityDefinition {
    boolean isRoot();

    boolean isNodes();

    boolean isProperties();

    /** Empty: any node type. */
    List<String> getNodeTypes();

    boolean isWritePermissionRequired();

    boolean isMultiple();
}
