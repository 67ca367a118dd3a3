package io.mediawire.testing.architecture.cycle.b;

import io.mediawire.testing.architecture.cycle.a.First;

/** The other half of a package cycle. */
public class Second {
    First first;
}
