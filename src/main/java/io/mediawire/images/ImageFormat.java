package io.mediawire.images;

import java.util.Locale;
import java.util.Optional;

/**
 * The raster formats the site copies and serves, told apart by their first bytes: a server's
 * Content-Type says what the server believes, the bytes say what the browser will decode.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    GIF("image/gif", "gif", "gif"),
    WEBP("image/webp", "webp", "webp");

    private final String mimeType;
    private final String extension;
    private final String readerName;

    ImageFormat(String mimeType, String extension, String readerName) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.readerName = readerName;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The file extension assets of this format get, without the dot. */
    public String extension() {
        return extension;
    }

    /** The ImageIO format name of its reader. */
    String readerName() {
        return readerName;
    }

    /** The format whose signature starts {@code bytes}, if any. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format for a MIME type as stored on an asset, if it is one of ours. */
    public static Optional<ImageFormat> ofMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        String wanted = mimeType.strip().toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.mimeType.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
