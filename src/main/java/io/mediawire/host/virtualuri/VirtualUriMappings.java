package io.mediawire.host.virtualuri;

import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The light modules' {@code virtualUriMappings/*.yaml}, applied as Magnolia's virtual URI filter
 * applies them: every mapping that matches the requested path offers a target, and the heaviest
 * wins (a regular expression weighs its group count, a plain pattern its length). Two of Magnolia's
 * mapping classes are understood:
 * <ul>
 *   <li>{@code info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping}: {@code fromUri} is a regular
 *       expression searched in the path, {@code toUri} its replacement ({@code $1} is the first group);</li>
 *   <li>{@code info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping}: {@code fromUri} is the path,
 *       where {@code *} stands for any characters; {@code toUri} is taken as it is.</li>
 * </ul>
 * Only {@code forward:} targets (and bare paths, which Magnolia renders in place) are served here;
 * a mapping with another prefix is reported and left out.
 */
public final class VirtualUriMappings {
    public static final String FOLDER = "virtualUriMappings";
    static final String REGEXP = "info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping";
    static final String DEFAULT = "info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping";
    private static final Logger LOG = LoggerFactory.getLogger(VirtualUriMappings.class);

    private final DefinitionRegistry registry;
    private volatile List<Mapping> mappings;

    public VirtualUriMappings(DefinitionRegistry registry) {
        this.registry = registry;
        registry.onReload(() -> mappings = null);
    }

    /** Where a request goes instead: the path to render and the parameters the target adds. */
    public record Forward(String path, String query) {
    }

    private record Mapping(String id, Pattern from, String to, boolean regexp, int length) {
        Optional<Weighted> map(String uri) {
            Matcher matcher = from.matcher(uri);
            if (regexp) {
                if (!matcher.find()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Weighted(matcher.replaceAll(to), matcher.groupCount(), this));
                } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                    LOG.warn("Virtual URI mapping {} is misconfigured: {}", id, e.getMessage());
                    return Optional.empty();
                }
            }
            return matcher.matches() ? Optional.of(new Weighted(to, length, this)) : Optional.empty();
        }
    }

    private record Weighted(String target, int weight, Mapping mapping) {
    }

    /** The forward for {@code uri} (a decoded path, e.g. {@code /media-wire/2025/03/12/slug}), if a mapping takes it. */
    public Optional<Forward> map(String uri) {
        Weighted best = null;
        for (Mapping mapping : mappings()) {
            Optional<Weighted> result = mapping.map(uri);
            if (result.isPresent() && (best == null || result.get().weight() > best.weight())) {
                best = result.get();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String target = best.target().startsWith("forward:") ? best.target().substring("forward:".length()) : best.target();
        int question = target.indexOf('?');
        return Optional.of(question < 0 ? new Forward(target, "")
                : new Forward(target.substring(0, question), target.substring(question + 1)));
    }

    private List<Mapping> mappings() {
        List<Mapping> current = mappings;
        if (current == null) {
            current = load();
            mappings = current;
        }
        return current;
    }

    private List<Mapping> load() {
        List<Mapping> loaded = new ArrayList<>();
        for (Definition definition : registry.all(FOLDER)) {
            try {
                loaded.add(read(definition));
            } catch (IllegalArgumentException e) {
                LOG.error("Virtual URI mapping {} left out: {}", definition.file(), e.getMessage());
            }
        }
        return List.copyOf(loaded);
    }

    private static Mapping read(Definition definition) {
        String type = text(definition, "class");
        String from = text(definition, "fromUri");
        String to = text(definition, "toUri");
        if (to.contains(":") && !to.startsWith("forward:") && !to.startsWith("/")) {
            throw new IllegalArgumentException("only forward: targets are served by this host, not " + to);
        }
        try {
            return switch (type) {
                case REGEXP -> new Mapping(definition.id(), Pattern.compile(from), to, true, from.length());
                case DEFAULT -> new Mapping(definition.id(), wildcard(from), to, false, from.length());
                default -> throw new IllegalArgumentException("unknown mapping class " + type
                        + "; this host knows " + REGEXP + " and " + DEFAULT);
            };
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("fromUri is not a regular expression: " + e.getDescription());
        }
    }

    private static Pattern wildcard(String from) {
        StringBuilder regex = new StringBuilder();
        for (String part : from.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String text(Definition definition, String key) {
        Object value = definition.body().get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value.toString();
    }
}
