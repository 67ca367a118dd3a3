package io.mediawire.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Real image files made for the tests with ImageIO (and by hand where ImageIO cannot write the format). */
public final class TestImages {
    /** A 1 × 1 lossless WebP (the well-known feature-detection image); ImageIO has no WebP writer. */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    /** A photo-like picture: a gradient with a few shapes, so JPEG compresses it like a photo. */
    public static BufferedImage picture(int width, int height, boolean alpha, long seed) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            java.util.Random random = new java.util.Random(seed);
            g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                    new Color(random.nextInt(0xFFFFFF))));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 12; i++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF), alpha && i % 2 == 0));
                g.fillOval(random.nextInt(width), random.nextInt(height), width / 5 + 1, height / 5 + 1);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false, width * 31L + height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, true, width * 17L + height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, false, width * 7L + height), "gif");
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code fraction} of a file, as a transfer cut off half-way leaves it. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /**
     * A real, valid black-and-white PNG of {@code width} × {@code height} pixels that compresses to a few
     * kilobytes: a decompression bomb (20000 × 20000 is 400 megapixels, 1.6 GB once decoded as ARGB).
     */
    public static byte[] bombPng(int width, int height) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter, no interlace
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(9))) {
                byte[] row = new byte[1 + (width + 7) / 8];
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
