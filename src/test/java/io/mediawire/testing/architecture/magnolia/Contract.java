package io.mediawire.testing.architecture.magnolia;

/** A contract type that keeps to itself. */
public interface Contract {
}
