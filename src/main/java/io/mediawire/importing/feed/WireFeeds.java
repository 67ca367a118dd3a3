package io.mediawire.importing.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.Atom03Parser;
import com.rometools.rome.io.impl.Atom10Parser;
import com.rometools.rome.io.impl.RSS090Parser;
import com.rometools.rome.io.impl.RSS10Parser;
import com.rometools.rome.io.impl.RSS20Parser;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Hands a JDOM tree to the Rome parser for its format. The parser is picked here, not by Rome's WireFeedInput:
 * {@link FeedDetector} has already decided the format, and Rome's own choice goes by the version attribute, so that an
 * {@code <rss version="0.91">} would get a parser that ignores guid, author and enclosures. RSS 2.0's parser reads
 * every element of the earlier RSS versions, so every {@code <rss>} goes to it. Rome's parsers hold no state per
 * feed; one instance of each serves every thread.
 */
final class WireFeeds {
    private static final WireFeedParser RSS = new RSS20Parser();
    private static final WireFeedParser RSS_1_0 = new RSS10Parser();
    private static final WireFeedParser RSS_0_90 = new RSS090Parser();
    private static final WireFeedParser ATOM_1_0 = new Atom10Parser();
    private static final WireFeedParser ATOM_0_3 = new Atom03Parser();

    private WireFeeds() {
    }

    /** RSS 0.9x/2.0 ({@code channel} is the {@code <rss>}'s) or RDF (RSS 1.0 and 0.90: items beside the channel). */
    static Channel rss(Document document, Element channel, boolean rdf) throws FeedException {
        removeTraps(channel);
        WireFeedParser parser = !rdf ? RSS : channel.getNamespaceURI().equals(Namespaces.RSS1) ? RSS_1_0 : RSS_0_90;
        return (Channel) parse(parser, document);
    }

    static Feed atom(Document document) throws FeedException {
        Element feed = document.getRootElement();
        removeTraps(feed);
        boolean atom03 = feed.getNamespaceURI().equals(Namespaces.ATOM03);
        if (atom03) decodeBase64(feed);
        return (Feed) parse(atom03 ? ATOM_0_3 : ATOM_1_0, document);
    }

    /**
     * Removes elements that carry nothing a FeedEntry needs and that Rome reads in a way that fails the whole feed on
     * junk: Integer.parseInt on {@code <cloud port>}, {@code <skipHours><hour>} and sy:updateFrequency, and a
     * NullPointerException on an Atom link without href while it looks for the feed's self link.
     */
    private static void removeTraps(Element feedOrChannel) {
        feedOrChannel.removeChildren("cloud");
        feedOrChannel.removeChildren("skipHours");
        feedOrChannel.removeChildren("updateFrequency", Namespaces.SY);
        feedOrChannel.getChildren("link", Namespaces.ATOM_NS).removeIf(link -> link.getAttribute("href") == null);
    }

    /**
     * Atom 0.3 constructs with mode="base64" are decoded here (as UTF-8) and handed to Rome as mode="escaped": Rome's
     * decoder fails the whole feed on the spaces of indented base64 and decodes with the platform charset. A construct
     * that is not base64 at all is emptied.
     */
    private static void decodeBase64(Element feed) {
        List<Element> encoded = new ArrayList<>();
        feed.getDescendants(Filters.element()).forEach(e -> {
            if ("base64".equals(e.getAttributeValue("mode"))) encoded.add(e);
        });
        for (Element construct : encoded) {
            String text;
            try {
                text = new String(Base64.getMimeDecoder().decode(construct.getText().strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                text = "";
            }
            construct.setText(text);
            construct.setAttribute("mode", "escaped");
        }
    }

    /** Whatever Rome throws (it is not written for hostile input) fails the feed with its reason. */
    private static WireFeed parse(WireFeedParser parser, Document document) throws FeedException {
        try {
            return parser.parse(document, false, Locale.US);
        } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
            throw new FeedException("unreadable feed: " + e.getMessage(), e);
        }
    }
}
