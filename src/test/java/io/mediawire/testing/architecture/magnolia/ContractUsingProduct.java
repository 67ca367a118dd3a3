package io.mediawire.testing.architecture.magnolia;

import io.mediawire.testing.architecture.story.Product;

/** Breaks the rule: the contract knows the product written against it. */
public class ContractUsingProduct implements Contract {
    Product product;
}
