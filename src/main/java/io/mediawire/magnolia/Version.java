package io.mediawire.magnolia;

import java.util.Arrays;
import java.util.Objects;

/** A dotted module version ("1.2.3", "1.2-SNAPSHOT"); the classifier is ignored when comparing. */
public final class Version implements Comparable<Version> {
    private final int[] numbers;
    private final String text;

    private Version(int[] numbers, String text) {
        this.numbers = numbers;
        this.text = text;
    }

    public static Version parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty version");
        }
        String trimmed = text.trim();
        String numeric = trimmed.split("[-_]", 2)[0];
        String[] parts = numeric.split("\\.");
        int[] numbers = new int[3];
        if (parts.length > 3) {
            throw new IllegalArgumentException("version '" + text + "' has more than three numbers");
        }
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("version '" + text + "' is not of the form 1.2.3", e);
            }
        }
        return new Version(numbers, trimmed);
    }

    /** Whether this version lies in a Magnolia range: "*", "1.2" (exactly), "1.2/*", "1.0/2.0". */
    public boolean isIn(String range) {
        String r = range == null ? "*" : range.trim();
        if (r.isEmpty() || r.equals("*")) {
            return true;
        }
        String[] ends = r.split("/", -1);
        if (ends.length == 1) {
            return compareTo(parse(ends[0])) == 0;
        }
        boolean aboveLow = ends[0].equals("*") || compareTo(parse(ends[0])) >= 0;
        boolean belowHigh = ends[1].equals("*") || compareTo(parse(ends[1])) <= 0;
        return aboveLow && belowHigh;
    }

    @Override
    public int compareTo(Version other) {
        return Arrays.compare(numbers, other.numbers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && Arrays.equals(numbers, v.numbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(numbers));
    }

    @Override
    public String toString() {
        return text;
    }
}
