package io.mediawire.testing.architecture.story;

import io.mediawire.testing.architecture.host.StandIn;

/** Breaks the rule: the product reaches into the host. */
public class ProductUsingHost {
    StandIn host;
}
