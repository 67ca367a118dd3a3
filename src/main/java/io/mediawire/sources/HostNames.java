package io.mediawire.sources;

import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host names a source publishes from: written as an editor types them (a bare name, or a URL
 * whose host is taken), kept as the URL normalizer writes hosts (lower case, punycode, no trailing
 * dot), and matched with their subdomains: {@code agency.example} covers {@code www.agency.example}.
 */
public final class HostNames {
    private static final Pattern LABELS = Pattern.compile("(?!-)[a-z0-9-]{1,63}(?<!-)(\\.(?!-)[a-z0-9-]{1,63}(?<!-))*");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    private HostNames() {
    }

    /** The host as stored, or {@link InvalidSourceException} naming the problem. */
    public static String normalize(String input) {
        String text = input == null ? "" : input.strip();
        if (text.contains("://")) {
            try {
                URI uri = URI.create(text);
                if (uri.getHost() == null) {
                    throw new InvalidSourceException("hosts: '" + input + "' has no host name");
                }
                text = uri.getHost();
            } catch (IllegalArgumentException e) {
                throw new InvalidSourceException("hosts: '" + input + "' is not a host name or URL");
            }
        } else if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        String host = text.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (IPV6.matcher(host).matches()) {
            return host;
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException("hosts: '" + input + "' is not a host name");
        }
        if (host.contains(":")) {
            throw new InvalidSourceException("hosts: give '" + input + "' without a port; a source covers every port of its hosts");
        }
        if (host.isEmpty() || host.length() > 253 || !LABELS.matcher(host).matches()) {
            throw new InvalidSourceException("hosts: '" + input + "' is not a host name");
        }
        return host;
    }

    /** The host of a stored story URL (already normalized), or null. */
    public static String of(String url) {
        try {
            String host = url == null ? null : URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The host, then each parent domain: {@code a.b.example} gives itself, {@code b.example}, {@code example}. */
    static List<String> withParents(String host) {
        List<String> names = new ArrayList<>();
        names.add(host);
        if (IPV4.matcher(host).matches() || host.startsWith("[")) {
            return names; // addresses have no parent domains
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            names.add(host.substring(dot + 1));
        }
        return names;
    }
}
