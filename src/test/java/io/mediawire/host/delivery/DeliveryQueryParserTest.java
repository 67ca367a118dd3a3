package io.mediawire.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.contenttype.ContentType;
import io.mediawire.host.delivery.DeliveryQuery.Between;
import io.mediawire.host.delivery.DeliveryQuery.Equals;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryQueryParserTest {
    static final EndpointDefinition ENDPOINT = new EndpointDefinition("media-wire:delivery/mediawire", "delivery/mediawire",
            "mediawire", "/", List.of("mw:story"), List.of("mgnl:contentNode"), 0, 10, false, true);
    static final ContentType TYPE = new ContentType("mediaWire", "mediawire", "/", Map.of(), false, null, "mw:story",
            List.of(new ContentType.Property("headline", "String", true, false),
                    new ContentType.Property("tags", "String", false, true),
                    new ContentType.Property("published", "Date", false, false)));
    static final DeliveryQueryParser PARSER = new DeliveryQueryParser(ENDPOINT, PropertyCatalog.of(TYPE, false),
            ZoneId.of("Europe/Berlin"));

    static DeliveryQuery parse(String raw) {
        return PARSER.parse(QueryParameters.parse(raw));
    }

    @Test
    void newestFirstListingIsRecognised() {
        assertTrue(parse("").isNewestFirstListing());
        assertTrue(parse("limit=5&offset=20").isNewestFirstListing());
        assertTrue(parse("orderBy=published%20desc").isNewestFirstListing());
        assertTrue(parse("lang=en").isNewestFirstListing());
        assertFalse(parse("orderBy=published%20asc").isNewestFirstListing());
        assertFalse(parse("orderBy=published").isNewestFirstListing(), "asc is the default direction");
        assertFalse(parse("tags=x").isNewestFirstListing());
        assertFalse(parse("q=x").isNewestFirstListing());
        assertFalse(parse("@ancestor=/2025").isNewestFirstListing());
    }

    @Test
    void aDayIsTheWholeDayInTheSiteZone() {
        Instant start = Instant.parse("2025-05-31T22:00:00Z"); // 2025-06-01 00:00 in Berlin (CEST)
        Instant end = Instant.parse("2025-06-01T22:00:00Z");
        assertEquals(List.of(new Between(start, true, end, false)), parse("published=2025-06-01").filters().get(0).anyOf());
        assertEquals(List.of(new Between(null, false, end, false)), parse("published%5Blte%5D=2025-06-01").filters().get(0).anyOf());
        assertEquals(List.of(new Between(end, true, null, false)), parse("published%5Bgt%5D=2025-06-01").filters().get(0).anyOf());
        assertEquals(List.of(new Equals(Instant.parse("2025-06-01T10:00:00Z"))),
                parse("published=2025-06-01T12:00:00.000%2B02:00").filters().get(0).anyOf());
        DeliveryQuery.Filter range = parse("published%5Bnot-in%5D=2025-06-01~2025-06-01").filters().get(0);
        assertTrue(range.negated());
        assertEquals(List.of(new Between(start, true, end, false)), range.anyOf());
    }

    @Test
    void barSeparatesAlternativesInEveryOperator() {
        assertEquals(List.of(new Equals("a"), new Equals("b")), parse("tags=a%7Cb").filters().get(0).anyOf());
        DeliveryQuery.Filter ne = parse("tags%5Bne%5D=a%7Cb").filters().get(0);
        assertTrue(ne.negated(), "ne of a|b is neither a nor b");
        assertEquals(List.of(new Equals("a"), new Equals("b")), ne.anyOf());
        assertEquals(List.of(new DeliveryQuery.Like("%x%"), new DeliveryQuery.Like("y%")),
                parse("headline%5Blike%5D=x%7Cy%25").filters().get(0).anyOf());
        assertEquals(2, parse("published%5Bgte%5D=2025-01-01%7C2025-02-01").filters().get(0).anyOf().size());
        assertEquals(parse("tags%5Bin%5D=a%7Cb").filters(), parse("tags=a%7Cb").filters(), "eq with | is in");
        assertEquals("invalidQuery", assertThrows(InvalidQueryException.class,
                () -> parse("tags=" + "a%7C".repeat(50) + "b")).code());
    }

    @Test
    void everyParameterButTheControlOnesIsAPropertyFilter() {
        for (String control : List.of("limit=5", "offset=0", "orderBy=headline", "q=word", "lang=fa")) {
            assertTrue(parse(control).filters().isEmpty(), control);
        }
        assertEquals("tags", parse("tags=x").filters().get(0).property());
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class, () -> parse("nope=1"));
        assertEquals("invalidQuery", unknown.code());
        assertTrue(unknown.getMessage().contains("unknown property 'nope'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("other than lang, limit, offset, orderBy, q"), unknown.getMessage());
        assertEquals("invalidQuery", assertThrows(InvalidQueryException.class, () -> parse("Limit=5")).code(),
                "names are case-sensitive: Limit is a property filter, and no such property exists");
        assertEquals("invalidQuery", assertThrows(InvalidQueryException.class, () -> parse("%40path=/x")).code());
    }

    @Test
    void refusalsCarryMagnoliasCodes() {
        assertEquals("invalidValueFormat", assertThrows(InvalidQueryException.class, () -> parse("limit=x")).code());
        assertEquals("invalidQuery", assertThrows(InvalidQueryException.class, () -> parse("nope=1")).code());
        assertEquals("badRequest", assertThrows(InvalidQueryException.class, () -> parse("q=%zz")).code());
        assertEquals(100, parse("limit=1000").limit());
    }

    @Test
    void userInputOnlyEverReachesBindVariables() {
        String hostile = "x') OR 1=1 --]";
        DeliveryQuery query = PARSER.parse(new LinkedHashMap<>(Map.of("headline[like]", List.of(hostile),
                "tags[in]", List.of(hostile + "|b"), "@name", List.of("slug-1"), "q", List.of("Harbour' OR \"x"))));
        QueryExecutor.Sql2 sql = QueryExecutor.Sql2.of(ENDPOINT, query);
        assertFalse(sql.statement().contains("OR 1=1"), sql.statement());
        assertFalse(sql.statement().contains("slug-1"), sql.statement());
        assertFalse(sql.statement().toLowerCase().contains("harbour"), sql.statement());
        assertTrue(sql.binds().containsValue("%" + hostile + "%"));
        assertTrue(sql.binds().containsValue("harbour"));
        assertTrue(sql.statement().startsWith("SELECT * FROM [mw:story] AS s WHERE s.[mgnl:activationStatus] = 'true'"));
        assertTrue(sql.statement().endsWith("ORDER BY s.[published] DESC"), sql.statement());
    }
}
