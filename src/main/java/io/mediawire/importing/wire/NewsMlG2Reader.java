package io.mediawire.importing.wire;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads IPTC NewsML-G2 into {@link WireItem}s: a single {@code newsItem}, a {@code packageItem} (whose
 * {@code itemRef}s name the items it groups) or a {@code newsMessage} carrying items and packages in its
 * {@code itemSet}. An item a package references but the delivery does not carry is refused by itself, with
 * that reason; the other items go on. Bodies come from {@code inlineXML} (XHTML or NITF) or {@code inlineData};
 * a picture's {@code remoteContent} gives its lead image. The XML parser is {@link SafeXml}'s.
 */
public final class NewsMlG2Reader {
    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final Pattern CORRECTION = Pattern.compile("\\bcorrect(ion|ed|s|ing)?\\b", Pattern.CASE_INSENSITIVE);

    public List<WireEntry> read(byte[] xml) throws WireFormatException {
        Document document = SafeXml.parse(xml);
        Element root = document.getDocumentElement();
        if (!NAR.equals(root.getNamespaceURI())) {
            if ("NewsML".equals(root.getLocalName())) {
                return new NewsMl1Reader().read(root);
            }
            throw new WireFormatException("not NewsML-G2: the root element <" + root.getTagName()
                    + "> is not in the namespace " + NAR);
        }
        return switch (root.getLocalName()) {
            case "newsItem" -> List.of(item(root));
            case "packageItem" -> message(List.of(root));
            case "newsMessage" -> message(elements(child(root, "itemSet")));
            default -> List.of(new WireEntry.Refused(label(root, "document"),
                    "not a news item: a NewsML-G2 " + root.getLocalName()));
        };
    }

    /** Items in package order first, then the message's other items; a reference to an absent item is refused. */
    private List<WireEntry> message(List<Element> items) {
        Map<String, Element> newsItems = new LinkedHashMap<>();
        for (Element item : items) {
            if ("newsItem".equals(item.getLocalName())) {
                newsItems.put(item.getAttribute("guid"), item);
            }
        }
        List<WireEntry> entries = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Element item : items) {
            if ("packageItem".equals(item.getLocalName())) {
                for (Element ref : descendants(item, "itemRef")) {
                    String id = ref.getAttribute("residref");
                    if (newsItems.containsKey(id)) {
                        if (taken.add(id)) {
                            entries.add(item(newsItems.get(id)));
                        }
                    } else {
                        entries.add(new WireEntry.Refused(id.isEmpty() ? ref.getAttribute("href") : id,
                                "the package " + label(item, "") + " references item " + (id.isEmpty() ? ref.getAttribute("href") : id)
                                        + ", which this delivery does not carry (referenced items are not fetched)"));
                    }
                }
            } else if (!"newsItem".equals(item.getLocalName())) {
                entries.add(new WireEntry.Refused(label(item, item.getLocalName()),
                        "not a news item: a NewsML-G2 " + item.getLocalName()));
            }
        }
        newsItems.forEach((id, item) -> {
            if (taken.add(id)) {
                entries.add(item(item));
            }
        });
        return entries;
    }

    private WireEntry item(Element item) {
        String guid = item.getAttribute("guid").strip();
        if (guid.isEmpty()) {
            return new WireEntry.Refused("newsItem", "the newsItem has no guid");
        }
        try {
            List<String> warnings = new ArrayList<>();
            return new WireEntry.Read(read(item, guid, warnings), warnings);
        } catch (RuntimeException e) {
            return new WireEntry.Refused(guid, "unreadable newsItem: " + e.getMessage());
        }
    }

    private WireItem read(Element item, String guid, List<String> warnings) {
        URI base = WireAddress.base(guid);
        Element itemMeta = child(item, "itemMeta");
        Element contentMeta = child(item, "contentMeta");
        Element rights = child(item, "rightsInfo");
        Element contentSet = child(item, "contentSet");
        String type = WireItem.typeOf(attribute(child(itemMeta, "itemClass"), "qcode"));
        String edNote = text(child(itemMeta, "edNote"));
        String caption = caption(contentMeta);
        return new WireItem(
                "NewsML-G2",
                guid,
                NinjsReader.versionNumber(blankToNull(item.getAttribute("version")), warnings),
                type,
                text(child(contentMeta, "headline")),
                body(contentSet, base),
                byline(contentMeta),
                dateline(contentMeta),
                WireDates.parse(text(child(itemMeta, "firstCreated")), "firstCreated", warnings),
                WireDates.parse(text(child(itemMeta, "versionCreated")), "versionCreated", warnings),
                language(item, contentMeta),
                tags(contentMeta),
                urgency(contentMeta, warnings),
                WireItem.typeOf(attribute(child(itemMeta, "pubStatus"), "qcode")),
                WireDates.parse(text(child(itemMeta, "embargoed")), "embargoed", warnings),
                WireDates.parse(expires(itemMeta, rights), "expires", warnings),
                name(child(rights, "copyrightHolder")),
                text(child(rights, "copyrightNotice")),
                text(child(rights, "usageTerms")),
                attribute(child(rights, "link"), "href"),
                edNote,
                infoSource(itemMeta, contentMeta),
                picture(contentSet, base),
                caption,
                text(child(contentMeta, "creditline")),
                correction(itemMeta, edNote));
    }

    private static String body(Element contentSet, URI base) {
        for (Element inline : children(contentSet, "inlineXML")) {
            String type = inline.getAttribute("contenttype").toLowerCase(Locale.ROOT);
            String markup = SafeXml.innerXml(inline);
            String body = type.contains("nitf") || markup.contains("<nitf") ? WireBodies.nitf(markup, base)
                    : WireBodies.xhtml(markup, base);
            if (body != null) {
                return body;
            }
        }
        for (Element inline : children(contentSet, "inlineData")) {
            String value = inline.getTextContent();
            if ("base64".equalsIgnoreCase(inline.getAttribute("encoding").strip())) {
                value = new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            }
            String body = WireBodies.of(value, blankToNull(inline.getAttribute("contenttype")), base);
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /** The widest image among {@code remoteContent} renditions that has a web address. */
    private static String picture(Element contentSet, URI base) {
        String best = null;
        long bestWidth = -1;
        for (Element remote : children(contentSet, "remoteContent")) {
            String href = WireAddress.absolute(remote.getAttribute("href"), base);
            String type = remote.getAttribute("contenttype");
            if (href == null || (!type.isEmpty() && !type.startsWith("image/"))) {
                continue;
            }
            long width = parseLong(remote.getAttribute("width"));
            if (width > bestWidth) {
                best = href;
                bestWidth = width;
            }
        }
        return best;
    }

    private static String byline(Element contentMeta) {
        String by = text(child(contentMeta, "by"));
        if (by != null) {
            return by;
        }
        List<String> creators = new ArrayList<>();
        for (Element creator : children(contentMeta, "creator")) {
            String name = name(creator);
            if (name != null) {
                creators.add(name);
            }
        }
        return creators.isEmpty() ? null : String.join(", ", creators);
    }

    /** {@code dateline}, else the name of where it was {@code located}. */
    private static String dateline(Element contentMeta) {
        String dateline = text(child(contentMeta, "dateline"));
        return dateline != null ? dateline : name(child(contentMeta, "located"));
    }

    private static String language(Element item, Element contentMeta) {
        String lang = item.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        if (lang.isBlank()) {
            lang = attribute(child(contentMeta, "language"), "tag");
        }
        return blankToNull(lang);
    }

    private static List<String> tags(Element contentMeta) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element subject : children(contentMeta, "subject")) {
            String name = name(subject);
            if (name != null) {
                tags.add(name);
            }
        }
        for (Element keyword : children(contentMeta, "keyword")) {
            String text = text(keyword);
            if (text != null) {
                tags.add(text);
            }
        }
        return List.copyOf(tags);
    }

    private static Integer urgency(Element contentMeta, List<String> warnings) {
        String value = text(child(contentMeta, "urgency"));
        if (value == null) {
            return null;
        }
        long urgency = parseLong(value);
        if (urgency < 1 || urgency > 9) {
            warnings.add("urgency dropped: '" + value + "' is not 1 to 9");
            return null;
        }
        return (int) urgency;
    }

    /** G2 has no {@code expires} of its own in every version: the item's, else the rights' {@code validto}. */
    private static String expires(Element itemMeta, Element rights) {
        String expires = text(child(itemMeta, "expires"));
        return expires != null ? expires : blankToNull(attribute(rights, "validto"));
    }

    private static String caption(Element contentMeta) {
        String first = null;
        for (Element description : children(contentMeta, "description")) {
            String text = text(description);
            if (text != null && description.getAttribute("role").endsWith("caption")) {
                return text;
            }
            first = first == null ? text : first;
        }
        return first;
    }

    /** The credited source: {@code infoSource}'s name, literal or address, else the provider's name. */
    private static String infoSource(Element itemMeta, Element contentMeta) {
        for (Element source : children(contentMeta, "infoSource")) {
            String name = name(source);
            if (name == null) {
                name = blankToNull(source.getAttribute("literal"));
            }
            if (name == null && WireAddress.web(source.getAttribute("uri")) != null) {
                name = URI.create(source.getAttribute("uri").strip()).getHost();
            }
            if (name != null) {
                return name;
            }
        }
        return name(child(itemMeta, "provider"));
    }

    private static boolean correction(Element itemMeta, String edNote) {
        for (Element signal : children(itemMeta, "signal")) {
            if (signal.getAttribute("qcode").toLowerCase(Locale.ROOT).contains("correction")) {
                return true;
            }
        }
        return edNote != null && CORRECTION.matcher(edNote).find();
    }

    private static String label(Element item, String fallback) {
        String guid = item.getAttribute("guid");
        return guid.isBlank() ? fallback : guid;
    }

    /** The first {@code name} child's text, else the element's {@code literal}. */
    private static String name(Element element) {
        if (element == null) {
            return null;
        }
        String name = text(child(element, "name"));
        return name != null ? name : blankToNull(element.getAttribute("literal"));
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.getAttribute(name);
    }

    /** The element's text with runs of white space made one space; null when none. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        return blankToNull(element.getTextContent().replaceAll("\\s+", " "));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        var all = parent.getElementsByTagNameNS(NAR, localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }
}
