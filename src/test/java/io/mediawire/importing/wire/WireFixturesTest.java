package io.mediawire.importing.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own wire items (embargo, statuses, versions, corrections, bad input), each valid against the
 * IPTC schema of its version where it is meant to be valid, and read into the fields they carry.
 */
class WireFixturesTest {

    static byte[] fixture(String name) {
        try (InputStream in = WireFixturesTest.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<WireEntry> read(String name) throws WireFormatException {
        byte[] bytes = fixture(name);
        return WireFormat.detect(bytes, null).read(bytes);
    }

    static WireItem item(String name) throws WireFormatException {
        return assertInstanceOf(WireEntry.Read.class, read(name).get(0)).item();
    }

    @ParameterizedTest(name = "{0} is valid ninjs {1}")
    @CsvSource({"ninjs3-embargoed.json, 3.1", "ninjs3-correction-v2.json, 3.1", "ninjs2-usable.json, 2.2",
            "ninjs2-canceled.json, 2.2", "ninjs2-withheld.json, 2.2", "ninjs1-expired-hostile.json, 1.6"})
    void ninjsFixturesValidateAgainstIptcSchemas(String name, String version) throws IOException {
        Path schemaFile = WireStandards.file("ninjs/schemas/ninjs-schema_" + version + ".json");
        String schemaText = Files.readString(schemaFile);
        String id = "http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                version.startsWith("1") ? Dialects.getDraft7() : Dialects.getDraft202012(),
                builder -> builder.schemas(Map.of(id, schemaText)));
        Schema schema = registry.getSchema(SchemaLocation.of(id));
        List<Error> errors = schema.validate(new String(fixture(name), StandardCharsets.UTF_8), InputFormat.JSON);
        assertTrue(errors.isEmpty(), name + ": " + errors);
        // and the schema does catch what it must: a pubStatus outside its list
        String bad = new String(fixture(name), StandardCharsets.UTF_8).replaceFirst("\"(pubstatus|pubStatus)\": \"\\w+\"", "\"$1\": \"killed\"");
        assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), "the schema refuses pubStatus killed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsml-embargoed-nitf.xml", "newsml-message-missing-item.xml"})
    void newsMlFixturesValidateAgainstTheG2Schema(String name) throws Exception {
        Path xsd = Path.of(System.getProperty("mediawire.newsmlG2Schema",
                WireStandards.file("newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd").toString()));
        Assumptions.assumeTrue(Files.size(xsd) > 0, "the NewsML-G2 schema at " + xsd + " is an empty file: "
                + "point -Dmediawire.newsmlG2Schema at IPTC's NewsML-G2_2.35-spec-All-Power.xsd to validate");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Validator validator = factory.newSchema(xsd.toFile()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new java.io.ByteArrayInputStream(fixture(name))));
    }

    @Test
    void embargoedNinjs3ItemCarriesEverythingTheDeskNeeds() throws Exception {
        WireItem item = item("ninjs3-embargoed.json");
        assertEquals("ninjs 3.x", item.format());
        assertEquals(Instant.parse("2030-03-01T09:00:00Z"), item.embargoed());
        assertEquals(1, item.urgency());
        assertEquals(1, item.version());
        assertEquals("usable", item.pubStatus());
        assertEquals("Example Wire", item.infoSource());
        assertEquals("ROTTERDAM", item.dateline());
        assertEquals("Mara Lind", item.byline());
        assertEquals("Example Wire Ltd", item.copyrightHolder());
        assertEquals("Editorial use only. Not for resale.", item.usageTerms());
        assertEquals("https://wire.example/photos/dyke-web.jpg", item.leadImage(), "the widest rendition");
        assertEquals("Workers on the new dyke near the old harbour.", item.leadImageCaption());
        assertEquals("Jan Smit", item.leadImageCredit());
        assertEquals(List.of("Environment", "Local government"), item.tags());
        assertFalse(item.correction());
    }

    @Test
    void aCorrectionIsToldByTheEditorsNoteOrTheSignal() throws Exception {
        assertTrue(item("ninjs3-correction-v2.json").correction());
        assertEquals(2, item("ninjs3-correction-v2.json").version());
        WireItem g2 = item("newsml-embargoed-nitf.xml");
        assertTrue(g2.correction());
        assertEquals(3, g2.version());
    }

    @Test
    void statusesAreRead() throws Exception {
        assertEquals("withheld", item("ninjs2-withheld.json").pubStatus());
        WireItem kill = item("ninjs2-canceled.json");
        assertEquals("canceled", kill.pubStatus());
        assertTrue(kill.edNote().startsWith("KILL:"));
        assertEquals(Instant.parse("2020-05-08T00:00:00Z"), item("ninjs1-expired-hostile.json").expires());
    }

    @Test
    void hostileHtmlIsCleanedLikeAnyBody() throws Exception {
        String body = item("ninjs1-expired-hostile.json").body();
        for (String gone : List.of("<script", "onclick", "onerror", "<iframe", "javascript:", "document.cookie")) {
            assertFalse(body.contains(gone), gone + " in " + body);
        }
        assertTrue(body.contains("The spring fair opened on Friday"));
        assertTrue(body.contains("Stalls line the canal."));
    }

    @Test
    void nitfBodyInsideNewsMlBecomesParagraphs() throws Exception {
        WireItem item = item("newsml-embargoed-nitf.xml");
        assertEquals("<p>The central bank kept its main rate at 2.5 percent on Thursday.</p>\n<p>It said prices rose more slowly than feared.</p>",
                item.body());
        assertEquals(Instant.parse("2030-03-04T12:00:00Z"), item.embargoed());
        assertEquals(2, item.urgency());
        assertEquals("FRANKFURT, March 4", item.dateline());
        assertEquals("Anna Weber", item.byline());
        assertEquals("Example Wire", item.infoSource());
        assertEquals(List.of("economy, business and finance", "interest rates"), item.tags());
    }

    @Test
    void plainTextBodiesBecomeParagraphs() throws Exception {
        assertEquals("<p>THE HAGUE (EW) -- The court ruled on Monday that the harbour may stay open.</p>\n"
                + "<p>Both sides said they would study the ruling.</p>", item("ninjs2-usable.json").body());
    }

    @Test
    void aMessageGoesOnPastTheItemItsPackageLacksAndTheItemWithoutBody() throws Exception {
        List<WireEntry> entries = read("newsml-message-missing-item.xml");
        assertEquals(3, entries.size(), entries.toString());
        WireItem present = assertInstanceOf(WireEntry.Read.class, entries.get(0)).item();
        assertEquals("Ferry service resumes after the storm", present.headline());
        assertEquals("<p>The ferries sail again from Monday.</p>", present.body());
        WireEntry.Refused absent = assertInstanceOf(WireEntry.Refused.class, entries.get(1));
        assertEquals("urn:newsml:wire.example:2030:absent", absent.label());
        assertTrue(absent.reason().contains("does not carry"));
        WireItem noBody = assertInstanceOf(WireEntry.Read.class, entries.get(2)).item();
        assertEquals("the item has no body (no story text)", noBody.notAStoryReason());
    }

    @Test
    void anArrayOfItemsIsAFeedOfThem() throws Exception {
        List<WireEntry> entries = read("ninjs-feed.json");
        assertEquals(3, entries.size());
        assertEquals("not a text story: a picture item without story text",
                ((WireEntry.Read) entries.get(1)).item().notAStoryReason());
    }

    @Test
    void badDocumentsSayWhy() {
        WireEntry unknown = assertThrowsNothing(() -> read("ninjs-unknown-version.json")).get(0);
        assertEquals("unknown ninjs version 4.0 (read: 1.x, 2.x, 3.x)", ((WireEntry.Refused) unknown).reason());
        WireFormatException json = assertThrows(WireFormatException.class, () -> read("broken.json"));
        assertTrue(json.getMessage().startsWith("invalid JSON:"), json.getMessage());
        WireFormatException xml = assertThrows(WireFormatException.class, () -> read("broken.xml"));
        assertTrue(xml.getMessage().startsWith("invalid XML:"), xml.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityReadsAFile() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> read("newsml-xxe.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void formatsAreSniffedFromTheBytes() {
        assertEquals(WireFormat.NINJS, WireFormat.detect(fixture("ninjs2-usable.json"), "text/plain"));
        assertEquals(WireFormat.NEWSML, WireFormat.detect(fixture("newsml-embargoed-nitf.xml"), null));
        assertEquals(WireFormat.NONE, WireFormat.detect("<html><body><p>page</p></body></html>".getBytes(), "text/html"));
        assertEquals(WireFormat.NONE, WireFormat.detect("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".getBytes(), null));
        assertEquals(WireFormat.NONE, WireFormat.detect("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"uri\": \"x\"}]}".getBytes(), null));
    }

    private interface Reading {
        List<WireEntry> read() throws Exception;
    }

    private static List<WireEntry> assertThrowsNothing(Reading reading) {
        try {
            return reading.read();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }
}
