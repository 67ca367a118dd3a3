package io.mediawire.importing.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Wording shared by the editor-facing messages. */
final class Describe {

    private static final int MAX_URL_CHARS = 200;

    private Describe() {
    }

    /** The URL for a message: without user-info, shortened when very long. */
    static String url(URI url) {
        String s = url.toString();
        String userInfo = url.getRawUserInfo();
        if (userInfo != null) {
            s = s.replace(userInfo + "@", "…@");
        }
        return s.length() <= MAX_URL_CHARS ? s : s.substring(0, MAX_URL_CHARS) + "…";
    }

    /** "15 s", "0.3 s", "120 s". */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return ms / 1000 + " s";
    }

    /** "5 MiB", "64 KiB", "1000 bytes". */
    static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }

    /** Percent-encodes what servers put in Location headers although URIs may not contain it (spaces, non-ASCII). */
    static String escapeForUri(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** A header token safe to repeat in a message: printable ASCII only, shortened. */
    static String token(String s) {
        String t = s.replaceAll("[^\\x21-\\x7e ]", "?");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** An IP address as people write it: dotted quad, or IPv6 with the longest zero run as "::" (RFC 5952). */
    static String ip(java.net.InetAddress address) {
        if (address instanceof java.net.Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
