/**
 * The slice of Magnolia's module API that Media Wire's module code is written against: lifecycle,
 * version handling and install tasks. Magnolia's own jars are not on Maven Central, so the host
 * implements these contracts; the module never sees the host's web layer.
 */
package io.mediawire.magnolia;
