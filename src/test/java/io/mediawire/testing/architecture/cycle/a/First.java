package io.mediawire.testing.architecture.cycle.a;

import io.mediawire.testing.architecture.cycle.b.Second;

/** One half of a package cycle. */
public class First {
    Second second;
}
