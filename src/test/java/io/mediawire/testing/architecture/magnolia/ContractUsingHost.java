package io.mediawire.testing.architecture.magnolia;

import io.mediawire.testing.architecture.host.StandIn;

/** Breaks the rule: the contract knows the host. */
public class ContractUsingHost implements Contract {
    StandIn host;
}
