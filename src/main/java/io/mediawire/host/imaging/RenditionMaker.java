package io.mediawire.host.imaging;

import io.mediawire.images.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Scales an original down to a width with Thumbnailator (progressive bilinear steps, so a 4,000 px
 * photo keeps its detail at 480 px; EXIF orientation applied, as browsers apply it to the original).
 * Decoding goes through ImageIO, where the TwelveMonkeys plug-ins read WebP and the JPEGs the JDK
 * cannot. The format stays where a writer exists: JPEG as JPEG (quality 0.82), PNG as PNG; GIF (first
 * frame) and WebP become PNG when they have transparency, else JPEG.
 */
public final class RenditionMaker {
    static final float JPEG_QUALITY = 0.82f;

    private RenditionMaker() {
    }

    public record Made(byte[] bytes, String mimeType, int width, int height) {
    }

    public static Made scale(byte[] original, ImageFormat format, int width) throws IOException {
        BufferedImage scaled = Thumbnails.of(new ByteArrayInputStream(original)).width(width).asBufferedImage();
        boolean png = format == ImageFormat.PNG
                || (format != ImageFormat.JPEG && scaled.getColorModel().hasAlpha());
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length / 4 + 1024);
        var builder = Thumbnails.of(scaled).scale(1.0).outputFormat(png ? "png" : "jpg");
        if (!png) {
            builder.outputQuality(JPEG_QUALITY);
        }
        builder.toOutputStream(out);
        return new Made(out.toByteArray(), png ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
    }
}
