package io.mediawire.testing.architecture.story;

/** A product class as it should be. */
public class Product {
}
