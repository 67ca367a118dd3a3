package io.mediawire.importing.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in IPTC's ninjs and NewsML-G2 repositories (agency items from AP, SIPA, BusinessWire and TT
 * among them), read from the shared wire standards at test time: each text item comes out as a story with its
 * fields where the item has them; pictures, audio, video and events say they are not text stories.
 */
class WireExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Examples that are not text stories, with the start of the reason each gives. */
    private static final Set<String> NOT_TEXT = Set.of(
            "1.4_ninjsExSimplePhoto1.json", "doc-1.6_006_photo_only.json", "doc-2.2_006_photo_only.json",
            "doc-3.1_006_photo_only.json", "2.1_ap_image.json", "3.0_ap_image.json", "2.1_ap_audio.json",
            "3.0_ap_audio.json", "2.1_ap_video.json", "3.0_ap_video.json", "2.1_imageEncodedRights.json",
            "3.0_imageEncodedRights.json", "2.1_imageLinkedRights.json", "3.0_imageLinkedRights.json",
            "3.0_simpleEvent.json", "3.0_tt_event_pressconference_3.0.json", "doc-3.1_008_event.json",
            "3.0_20231004-UEFA-ChampionLeague.json", "LISTING_3_Photo_in_NewsML-G2.xml");
    /** Fragments of the standards' documentation, not whole items: no body, or no headline. */
    private static final Set<String> FRAGMENTS = Set.of("1.4_ninjs-1-4-examples.json", "doc-1.6_002_renditions_example.json",
            "doc-2.2_002_renditions_example.json", "doc-3.1_002_renditions_example.json",
            "LISTING_1_A_NewsML-G2_News_Item.xml", "LISTING_24_News_Message_conveying_a_complete_News_Package.xml",
            "LISTING_6_Simple_NewsML-G2_Package.xml");

    static Stream<Path> examples() {
        return Stream.concat(WireStandards.files("ninjs/examples").stream(),
                WireStandards.files("newsml-g2/examples").stream()).filter(p -> !p.getFileName().toString().equals("LICENSE"));
    }

    static List<WireEntry> read(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        WireFormat format = WireFormat.detect(bytes, null);
        assertTrue(format != WireFormat.NONE, file + " is a wire document");
        return format.read(bytes);
    }

    @Test
    void theExamplesAreThere() {
        assertTrue(examples().count() >= 58, "IPTC's examples in " + WireStandards.dir());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachExampleIsReadIntoTheRightOutcome(Path file) throws Exception {
        String name = file.getFileName().toString();
        List<WireEntry> entries = read(file);
        assertFalse(entries.isEmpty(), name);
        for (WireEntry entry : entries) {
            if (FRAGMENTS.contains(name)) {
                String reason = entry instanceof WireEntry.Read read ? read.item().notAStoryReason() : ((WireEntry.Refused) entry).reason();
                assertNotNull(reason, name + " is no story: " + entry);
                continue;
            }
            WireItem item = assertInstanceOf(WireEntry.Read.class, entry, name).item();
            if (NOT_TEXT.contains(name)) {
                assertTrue(item.notAStoryReason().startsWith("not a text story: a"), name + ": " + item.notAStoryReason());
                continue;
            }
            assertNull(item.notAStoryReason(), name);
            assertNotNull(item.headline(), name);
            assertFalse(Jsoup.parse(item.body()).text().isBlank(), name + " has its story text");
            if (name.endsWith(".json")) {
                sameFieldsAsTheJson(JSON.readTree(file.toFile()), item, name);
            }
        }
    }

    /** Each field the ninjs item has, in whichever version's spelling, is in the WireItem. */
    private static void sameFieldsAsTheJson(JsonNode json, WireItem item, String name) {
        assertEquals(json.get("uri").asText(), item.uri(), name);
        assertEquals(first(json, "by", "byline"), item.byline(), name + " byline");
        assertEquals(first(json, "located"), item.dateline(), name + " dateline");
        assertEquals(first(json, "language"), item.language(), name + " language");
        assertEquals(first(json, "copyrightnotice", "copyrightNotice"), item.copyrightNotice(), name);
        assertEquals(first(json, "copyrightholder", "copyrightHolder"), item.copyrightHolder(), name);
        assertEquals(first(json, "usageterms", "usageTerms"), item.usageTerms(), name);
        assertEquals(first(json, "ednote", "edNote"), item.edNote(), name);
        assertEquals(first(json, "pubstatus", "pubStatus"), item.pubStatus(), name);
        String version = first(json, "version");
        assertEquals(version == null ? 0 : Long.parseLong(version), item.version(), name);
        String created = first(json, "versioncreated", "versionCreated");
        assertEquals(created == null ? null : java.time.OffsetDateTime.parse(created).toInstant(), item.versionCreated(), name);
        JsonNode urgency = json.get("urgency");
        assertEquals(urgency == null ? null : urgency.asInt(), item.urgency(), name);
        for (JsonNode subject : json.has("subjects") ? json.get("subjects") : json.path("subject")) {
            if (subject.hasNonNull("name")) {
                assertTrue(item.tags().contains(subject.get("name").asText().strip()), name + " tag " + subject);
            }
        }
    }

    private static String first(JsonNode json, String... keys) {
        for (String key : keys) {
            if (json.hasNonNull(key) && !json.get(key).asText().isBlank()) {
                return json.get(key).asText().strip();
            }
        }
        return null;
    }

    @Test
    void ninjsVersionsAreToldApart() throws Exception {
        assertEquals("ninjs 1.x", item("ninjs/examples/1.4_ninjsExSimpleText1.json").format());
        assertEquals("ninjs 2.x", item("ninjs/examples/2.1_ninjsExSimpleText_2.json").format());
        assertEquals("ninjs 3.x", item("ninjs/examples/3.0_ninjsExSimpleText_3.json").format());
        // the same story in the three versions reads the same
        WireItem one = item("ninjs/examples/1.4_ninjsExSimpleText1.json");
        WireItem three = item("ninjs/examples/3.0_ninjsExSimpleText_3.json");
        assertEquals(one.headline(), three.headline());
        assertEquals(Jsoup.parse(one.body()).text(), Jsoup.parse(three.body()).text());
        assertEquals("Paulo Santalucia and Frances d'Emilio", three.byline());
        assertEquals(Instant.parse("2013-07-09T10:37:00Z"), three.versionCreated());
    }

    @Test
    void apPictureKeepsItsRightsCreditAndEditorsNote() throws Exception {
        WireItem ap = item("ninjs/examples/3.0_ap_image.json");
        assertEquals("picture", ap.type());
        assertEquals(5, ap.urgency());
        assertEquals("usable", ap.pubStatus());
        assertEquals("TURKEY OUT  NOV. 11, 2019 FILE PHOTO", ap.edNote());
        assertEquals("DHA", ap.infoSource());
        assertEquals("ASSOCIATED PRESS", ap.leadImageCredit());
        assertTrue(ap.leadImage().startsWith("http://api.ap.org/media/v/content/"));
        assertTrue(ap.leadImageCaption().startsWith("FILE - In this Monday, Nov. 11, 2019 file photo"));
        assertEquals("not a text story: a picture item without story text", ap.notAStoryReason());
    }

    @Test
    void sipaPictureWithCaptionAndBodyIsAStoryWithThePicture() throws Exception {
        WireItem sipa = item("ninjs/examples/3.0_SIPA_image_3.json");
        assertNull(sipa.notAStoryReason());
        assertTrue(sipa.leadImage().startsWith("https://"));
        assertTrue(sipa.leadImageCaption().startsWith("Demonstration of the workers"));
        assertEquals("SIPA USA", sipa.copyrightHolder());
        assertEquals("*** World Rights Except Italy ***", sipa.usageTerms());
    }

    @Test
    void businessWireAssociationsGiveTheLeadPicture() throws Exception {
        WireItem bw = item("ninjs/examples/3.0_businesswire-newsml-20130731006140.json");
        assertTrue(bw.leadImage().startsWith("http://mms.businesswire.com/media/newsItemId/en/372964/"), bw.leadImage());
        assertEquals(1, bw.version());
        assertTrue(bw.tags().contains("Restaurant/Bar"));
    }

    @Test
    void rightsInfoIsTheLinkedRightsOrTheEncodedOnes() throws Exception {
        assertEquals("http://example.agency.com/rights/editorialUseOnly", item("ninjs/examples/3.0_imageLinkedRights.json").rightsInfo());
        assertTrue(item("ninjs/examples/2.1_imageEncodedRights.json").rightsInfo().contains("odrl"));
    }

    @Test
    void newsMlG2NewsItemCarriesEmbargoNoteRightsAndPlace() throws Exception {
        WireItem item = item("newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml");
        assertEquals("NewsML-G2", item.format());
        assertEquals("urn:newsml:acmenews.com:20161018:US-FINANCE-FED", item.uri());
        assertEquals(11, item.version());
        assertEquals("text", item.type());
        assertEquals("Fed to halt QE to avert \"bubble\"", item.headline());
        assertEquals(Instant.parse("2018-10-23T12:00:00Z"), item.embargoed());
        assertEquals(Instant.parse("2018-10-21T21:25:32Z"), item.versionCreated());
        assertEquals("usable", item.pubStatus());
        assertTrue(item.edNote().startsWith("Note to editors: STRICTLY EMBARGOED."));
        assertEquals("Example Enews LLP", item.copyrightHolder());
        assertEquals("Copyright 2017-18 Example Enews LLP, all rights reserved", item.copyrightNotice());
        assertEquals("Not for use outside the United States", item.usageTerms());
        assertEquals("Berlin", item.dateline());
        assertEquals("Meredith Jameson", item.byline());
        assertEquals("en-GB", item.language());
        assertEquals(List.of("economy, business and finance", "labour market"), item.tags());
        assertEquals("the item has no body (no story text)", item.notAStoryReason(), "IPTC left its inlineXML empty");
    }

    @Test
    void newsMlG2PictureHasCaptionCreditAndKeywords() throws Exception {
        WireItem photo = item("newsml-g2/examples/LISTING_3_Photo_in_NewsML-G2.xml");
        assertEquals("picture", photo.type());
        assertEquals("Getty Images", photo.leadImageCredit());
        assertTrue(photo.leadImageCaption().startsWith("A general view of part of downtown"));
        assertTrue(photo.tags().containsAll(List.of("unemployment", "poverty")));
        assertTrue(photo.notAStoryReason().startsWith("not a text story"));
    }

    @Test
    void aPackageWhoseItemsAreMissingGivesAReasonPerItem() throws Exception {
        List<WireEntry> entries = read(WireStandards.file("newsml-g2/examples/LISTING_6_Simple_NewsML-G2_Package.xml"));
        assertEquals(2, entries.size());
        for (WireEntry entry : entries) {
            WireEntry.Refused refused = assertInstanceOf(WireEntry.Refused.class, entry);
            assertTrue(refused.reason().contains("which this delivery does not carry"), refused.reason());
        }
        assertEquals("urn:newsml:iptc.org:20081007:tutorial-item-A", entries.get(0).label());
    }

    @Test
    void businessWireNewsMl1IsReadToo() throws Exception {
        WireItem bw = item("newsml-g2/examples/businesswire-newsml-20130515006361.xml");
        assertEquals("NewsML 1", bw.format());
        assertEquals("urn:newsml:businesswire.com:20010714:20130515006361:1", bw.uri());
        assertEquals("ROUND ROCK, Texas", bw.dateline());
        assertEquals("Copyright Business Wire 2013", bw.copyrightNotice());
        assertTrue(Jsoup.parse(bw.body()).text().contains("Dell today announced an expanded and stronger"), bw.body());
    }

    private static WireItem item(String relative) throws Exception {
        return ((WireEntry.Read) read(WireStandards.file(relative)).get(0)).item();
    }
}
