/**
 * Reading Magnolia light modules: a folder per module holding YAML definitions, FreeMarker
 * scripts, message bundles and web resources. Independent of the web layer: the host, the
 * renderer and the delivery endpoint all ask the {@link io.mediawire.host.lightmodule.DefinitionRegistry}.
 */
package io.mediawire.host.lightmodule;
