package io.mediawire.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether downloaded bytes are an image the site may copy, by the bytes alone (the
 * declared Content-Type is not trusted): a JPEG, PNG, GIF or WebP, complete, whose pixel count is
 * read from its header and checked against the cap before anything is decoded, and which then
 * decodes without error. SVG is refused: it is a document that can carry script and links, and a
 * raster copy of it would need a renderer this importer does not have.
 */
public final class ImageInspector {
    /** What the check decodes at most: enough to read every byte of the image, not enough to fill memory. */
    private static final long CHECK_PIXELS = 1_000_000L;
    private static final Pattern SVG = Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+svg[^>]*>\\s*)?<svg[\\s>]");
    private static final Pattern SVG_ACTIVE = Pattern.compile("(?is)<script|\\son[a-z]+\\s*=|javascript:|<foreignObject");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<!--|<p[\\s>]|<div)");

    private final ImageLimits limits;

    public ImageInspector(ImageLimits limits) {
        this.limits = limits;
    }

    public InspectedImage inspect(byte[] bytes) throws ImageRefusedException {
        if (bytes.length == 0) {
            throw new ImageRefusedException("not an image: the answer was empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImageRefusedException("too large: " + megabytes(bytes.length) + ", at most " + megabytes(limits.maxBytes()));
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ImageRefusedException(notAnImage(bytes)));
        String incomplete = Completeness.problem(format, bytes);
        if (incomplete != null) {
            throw new ImageRefusedException("damaged " + format + ": " + incomplete);
        }
        ImageReader reader = reader(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new ImageRefusedException("damaged " + format + ": no pixel size in its header");
            }
            long pixels = (long) width * height;
            if (pixels > limits.maxPixels()) {
                throw new ImageRefusedException("too many pixels: " + width + " × " + height + " is "
                        + megapixels(pixels) + ", at most " + megapixels(limits.maxPixels()));
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
            BufferedImage decoded = reader.read(0, checkParam(reader, pixels));
            if (!warnings.isEmpty()) {
                throw new ImageRefusedException("damaged " + format + ": " + warnings.get(0));
            }
            return new InspectedImage(format, width, height, decoded.getColorModel().hasAlpha());
        } catch (IOException | RuntimeException e) {
            throw new ImageRefusedException("damaged " + format + ": " + reason(e), e);
        } finally {
            reader.dispose();
        }
    }

    /** Subsampled so that the check's copy stays small; every byte of the image is still decoded. */
    private static ImageReadParam checkParam(ImageReader reader, long pixels) {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / CHECK_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    static ImageReader reader(ImageFormat format) throws ImageRefusedException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new ImageRefusedException("no reader for " + format + " images on this server");
        }
        return readers.next();
    }

    private static String notAnImage(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (SVG.matcher(start).find()) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return SVG_ACTIVE.matcher(text).find()
                    ? "an SVG image with script or event handlers: SVG is never copied (only JPEG, PNG, GIF and WebP are)"
                    : "an SVG image: SVG can carry script, so only JPEG, PNG, GIF and WebP are copied";
        }
        if (HTML.matcher(start).find()) {
            return "not an image: the address answered with an HTML page";
        }
        return "not an image: the content is no JPEG, PNG, GIF or WebP";
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String megapixels(long pixels) {
        return String.format(Locale.ROOT, "%.1f megapixels", pixels / 1_000_000.0);
    }
}
