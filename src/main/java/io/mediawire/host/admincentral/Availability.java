package io.mediawire.host.admincentral;

import io.mediawire.magnolia.AvailabilityDefinition;

/**
 * Magnolia's availability rules for what this UI can select: nothing (the root) or one item of a
 * node type. Write permission is not checked: every signed-in user of the UI may edit.
 */
final class Availability {
    private Availability() {
    }

    static boolean atRoot(AvailabilityDefinition availability) {
        return availability.isRoot();
    }

    static boolean onNode(AvailabilityDefinition availability, String nodeType) {
        return availability.isNodes()
                && (availability.getNodeTypes().isEmpty() || availability.getNodeTypes().contains(nodeType));
    }
}
