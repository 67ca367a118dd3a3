package io.mediawire.host.delivery;

import io.mediawire.host.lightmodule.Definition;
import java.util.List;

/** Whether the registry still holds the very definitions something was parsed from (it swaps them on reload). */
final class DefinitionInstances {
    private DefinitionInstances() {
    }

    static boolean same(List<Definition> a, List<Definition> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
