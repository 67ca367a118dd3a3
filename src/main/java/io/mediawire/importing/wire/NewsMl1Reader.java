package io.mediawire.importing.wire;

import static io.mediawire.importing.wire.NewsMlG2Reader.blankToNull;
import static io.mediawire.importing.wire.NewsMlG2Reader.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the older NewsML 1.x that some wires (BusinessWire among them) still send, for its text items: the
 * identifier and revision, the news lines (headline, dateline, copyright line), the management times and
 * status, and the component whose role is Body. Its pictures, contacts and style sheets are not taken.
 */
final class NewsMl1Reader {

    List<WireEntry> read(Element root) {
        List<WireEntry> entries = new ArrayList<>();
        NodeList items = root.getElementsByTagName("NewsItem");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String uri = text(first(item, "PublicIdentifier"));
            if (uri == null) {
                entries.add(new WireEntry.Refused("NewsItem " + (i + 1), "the NewsML 1 item has no PublicIdentifier"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            entries.add(new WireEntry.Read(item(item, uri, warnings), warnings));
        }
        if (entries.isEmpty()) {
            entries.add(new WireEntry.Refused("NewsML", "the NewsML 1 document carries no NewsItem"));
        }
        return entries;
    }

    private static WireItem item(Element item, String uri, List<String> warnings) {
        Element status = first(item, "Status");
        return new WireItem(
                "NewsML 1",
                uri,
                NinjsReader.versionNumber(text(first(item, "RevisionId")), warnings),
                "text",
                text(first(item, "HeadLine")),
                body(item),
                text(first(item, "ByLine")),
                text(first(item, "DateLine")),
                WireDates.parse(text(first(item, "FirstCreated")), "FirstCreated", warnings),
                WireDates.parse(text(first(item, "ThisRevisionCreated")), "ThisRevisionCreated", warnings),
                formalName(first(item, "Language")),
                keywords(item),
                null,
                status == null ? null : blankToNull(status.getAttribute("FormalName").toLowerCase(Locale.ROOT)),
                null,
                null,
                null,
                text(first(item, "CopyrightLine")),
                null,
                null,
                null,
                formalName(first(item, "Source") == null ? null : first(first(item, "Source"), "Party")),
                null,
                null,
                null,
                false);
    }

    /** The XHTML of the component whose Role is Body. */
    private static String body(Element item) {
        NodeList roles = item.getElementsByTagName("Role");
        for (int i = 0; i < roles.getLength(); i++) {
            Element role = (Element) roles.item(i);
            if ("Body".equalsIgnoreCase(role.getAttribute("FormalName"))) {
                Element content = first((Element) role.getParentNode(), "DataContent");
                if (content != null) {
                    return WireBodies.xhtml(SafeXml.innerXml(content), WireBodies.NO_ADDRESS);
                }
            }
        }
        return null;
    }

    /** BusinessWire's keyword properties (country, industry, region, category...). */
    private static List<String> keywords(Element item) {
        Set<String> tags = new LinkedHashSet<>();
        NodeList properties = item.getElementsByTagName("Property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("FormalName").endsWith("Keywords") && !property.getAttribute("Value").isBlank()) {
                tags.add(property.getAttribute("Value").strip());
            }
        }
        return List.copyOf(tags);
    }

    private static String formalName(Element element) {
        return element == null ? null : blankToNull(element.getAttribute("FormalName"));
    }

    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
