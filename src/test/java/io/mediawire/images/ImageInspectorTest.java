package io.mediawire.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes are judged by what they are, never by what a server says they are. */
class ImageInspectorTest {
    final ImageInspector inspector = new ImageInspector(ImageLimits.DEFAULTS);

    @Test
    void readsFormatAndSizeOfEachRasterFormat() throws Exception {
        assertEquals(new InspectedImage(ImageFormat.JPEG, 640, 480, false), inspector.inspect(TestImages.jpeg(640, 480)));
        InspectedImage png = inspector.inspect(TestImages.png(300, 200));
        assertEquals(ImageFormat.PNG, png.format());
        assertEquals(300, png.width());
        assertTrue(png.hasAlpha());
        assertEquals(ImageFormat.GIF, inspector.inspect(TestImages.gif(120, 90)).format());
        InspectedImage webp = inspector.inspect(TestImages.WEBP_1X1);
        assertEquals(ImageFormat.WEBP, webp.format());
        assertEquals(1, webp.width());
        assertEquals(1, webp.height());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.bombPng(20_000, 20_000);
        assertTrue(bomb.length < 200_000, "the bomb is small on the wire: " + bomb.length);
        long started = System.nanoTime();
        ImageRefusedException e = assertThrows(ImageRefusedException.class, () -> inspector.inspect(bomb));
        assertEquals("too many pixels: 20000 × 20000 is 400.0 megapixels, at most 50.0 megapixels", e.getMessage());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused before decoding");
    }

    @Test
    void truncatedFilesAreRefused() {
        for (byte[] whole : new byte[][]{TestImages.jpeg(800, 600), TestImages.png(400, 300), TestImages.gif(200, 100)}) {
            ImageRefusedException e = assertThrows(ImageRefusedException.class,
                    () -> inspector.inspect(TestImages.truncated(whole, 0.6)));
            assertTrue(e.getMessage().startsWith("damaged ") && e.getMessage().contains("truncated"), e.getMessage());
        }
        byte[] webp = TestImages.truncated(TestImages.WEBP_1X1, 0.8);
        assertTrue(assertThrows(ImageRefusedException.class, () -> inspector.inspect(webp)).getMessage().contains("truncated"));
    }

    @Test
    void aJpegWhoseDataIsCutButWhoseEndMarkerWasPatchedOnIsRefusedByDecoding() {
        byte[] whole = TestImages.jpeg(800, 600);
        byte[] cut = TestImages.truncated(whole, 0.5);
        byte[] patched = java.util.Arrays.copyOf(cut, cut.length + 2);
        patched[cut.length] = (byte) 0xFF;
        patched[cut.length + 1] = (byte) 0xD9;
        ImageRefusedException e = assertThrows(ImageRefusedException.class, () -> inspector.inspect(patched));
        assertTrue(e.getMessage().startsWith("damaged JPEG: "), e.getMessage());
    }

    @Test
    void htmlSvgAndOtherBytesAreNotImages() {
        assertEquals("not an image: the address answered with an HTML page", refused(
                "<!DOCTYPE html><html><head><title>Not found</title></head><body>Sorry</body></html>"));
        assertEquals("an SVG image with script or event handlers: SVG is never copied (only JPEG, PNG, GIF and WebP are)",
                refused("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        assertEquals("an SVG image: SVG can carry script, so only JPEG, PNG, GIF and WebP are copied",
                refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"));
        assertEquals("not an image: the content is no JPEG, PNG, GIF or WebP", refused("%PDF-1.7 ..."));
        assertEquals("not an image: the answer was empty",
                assertThrows(ImageRefusedException.class, () -> inspector.inspect(new byte[0])).getMessage());
    }

    @Test
    void moreBytesThanTheCapAreRefused() {
        ImageInspector small = new ImageInspector(new ImageLimits(1000, 50_000_000));
        ImageRefusedException e = assertThrows(ImageRefusedException.class, () -> small.inspect(TestImages.jpeg(400, 400)));
        assertTrue(e.getMessage().startsWith("too large: "), e.getMessage());
        assertFalse(e.getMessage().contains("null"));
    }

    private String refused(String text) {
        return assertThrows(ImageRefusedException.class,
                () -> inspector.inspect(text.getBytes(StandardCharsets.UTF_8))).getMessage();
    }
}
