package io.mediawire.images;

/**
 * Whether an image file ends where its format says it ends. Decoders are lenient: the JDK's GIF
 * reader returns a half-drawn picture from a cut-off file without a word, and some JPEG decoders
 * only warn. A file cut off in transfer is refused here by its structure.
 */
final class Completeness {
    private Completeness() {
    }

    /** What is missing, or null when the file is whole. */
    static String problem(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> endsWithin(bytes, 0xFF, 0xD9, 64) ? null : "it stops before its end-of-image marker (truncated)";
            case PNG -> endsWithIend(bytes) ? null : "it stops before its IEND chunk (truncated)";
            case GIF -> endsWithin(bytes, 0x3B, -1, 16) ? null : "it stops before its trailer (truncated)";
            case WEBP -> riffComplete(bytes) ? null : "it is shorter than its RIFF header says (truncated)";
        };
    }

    /**
     * The marker within the last {@code slack} bytes: encoders and servers sometimes pad a file with a few
     * zero bytes after its end. {@code second} -1 looks for one byte.
     */
    private static boolean endsWithin(byte[] bytes, int first, int second, int slack) {
        int from = Math.max(0, bytes.length - slack);
        for (int i = bytes.length - (second < 0 ? 1 : 2); i >= from; i--) {
            if ((bytes[i] & 0xFF) == first && (second < 0 || (bytes[i + 1] & 0xFF) == second)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithIend(byte[] bytes) {
        int from = Math.max(8, bytes.length - 64);
        for (int i = bytes.length - 8; i >= from; i--) {
            if (bytes[i] == 'I' && bytes[i + 1] == 'E' && bytes[i + 2] == 'N' && bytes[i + 3] == 'D') {
                return true;
            }
        }
        return false;
    }

    private static boolean riffComplete(byte[] bytes) {
        if (bytes.length < 12) {
            return false;
        }
        long declared = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        return bytes.length >= declared + 8;
    }
}
