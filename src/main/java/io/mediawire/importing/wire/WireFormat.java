package io.mediawire.importing.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a wire document from a web page or a news feed by its first bytes (a content type may lie or be
 * missing, as it is for a file): JSON with a {@code uri} and no JSON Feed version is ninjs; XML whose root is
 * a NewsML-G2 item, package or message, or NewsML 1, is NewsML.
 */
public enum WireFormat {
    NINJS, NEWSML, NONE;

    private static final int SNIFF = 4096;
    private static final Pattern NEWSML_ROOT = Pattern.compile(
            "<(?:[\\w.-]+:)?(newsItem|packageItem|newsMessage|conceptItem|knowledgeItem|planningItem)[\\s>/]"
                    + "[^>]*iptc\\.org/std/nar/|<NewsML[\\s>]");

    public static WireFormat detect(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (head.startsWith("{") || head.startsWith("[")) {
            boolean jsonFeed = head.contains("jsonfeed.org/version");
            return !jsonFeed && (type.contains("ninjs") || head.contains("\"uri\"")) ? NINJS : NONE;
        }
        if (head.startsWith("<") && NEWSML_ROOT.matcher(head).find()) {
            return NEWSML;
        }
        return NONE;
    }

    /** Reads a document of this format; {@link #NONE} has nothing to read. */
    public List<WireEntry> read(byte[] body) throws WireFormatException {
        return switch (this) {
            case NINJS -> new NinjsReader().read(body);
            case NEWSML -> new NewsMlG2Reader().read(body);
            case NONE -> throw new WireFormatException("not a wire document (ninjs or NewsML)");
        };
    }
}
