package io.mediawire.host.rendering;

import freemarker.cache.TemplateLoader;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * FreeMarker reads scripts through the definition registry, by Magnolia's absolute resource path
 * ({@code /media-wire/templates/pages/article.ftl}), so the same origins apply (folder first,
 * then the jar) and the modification time tells FreeMarker's cache when a script changed.
 */
final class RegistryTemplateLoader implements TemplateLoader {
    private final DefinitionRegistry registry;

    RegistryTemplateLoader(DefinitionRegistry registry) {
        this.registry = registry;
    }

    private record Source(String module, String path) {
    }

    @Override
    public Object findTemplateSource(String name) {
        String clean = name.startsWith("/") ? name.substring(1) : name;
        int slash = clean.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Source source = new Source(clean.substring(0, slash), clean.substring(slash + 1));
        return registry.lastModified(source.module(), source.path()) < 0
                || registry.resource(source.module(), source.path()).isEmpty() ? null : source;
    }

    @Override
    public long getLastModified(Object templateSource) {
        Source s = (Source) templateSource;
        return registry.lastModified(s.module(), s.path());
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws java.io.IOException {
        Source s = (Source) templateSource;
        Optional<byte[]> bytes = registry.resource(s.module(), s.path());
        if (bytes.isEmpty()) {
            throw new java.io.FileNotFoundException("/" + s.module() + "/" + s.path() + " is gone");
        }
        return new StringReader(new String(bytes.get(), StandardCharsets.UTF_8));
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
    }
}
