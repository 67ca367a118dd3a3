package io.mediawire.importing.wire;

import java.util.List;

/** One entry of a wire document: an item read, or one that could not be, with the reason. */
public sealed interface WireEntry {
    /** What results call this entry: the item's uri, or its place in the document. */
    String label();

    record Read(WireItem item, List<String> warnings) implements WireEntry {
        public Read {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String label() {
            return item.uri();
        }
    }

    record Refused(String label, String reason) implements WireEntry {
    }
}
