package io.mediawire.testing.architecture.host;

/** Stands for the host. */
public class StandIn {
}
