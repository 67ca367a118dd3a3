/**
 * A tiny tree with the layout of {@code io.mediawire} ({@code host}, {@code magnolia}, product
 * packages) and deliberate breaks of the architecture rules, so that their test can show each
 * rule reporting what it should and nothing else.
 */
package io.mediawire.testing.architecture;
