package org.tlscodec.codec;

import io.vavr.collection.List;

/**
 * Where in a structure something went wrong: field names from {@code struct} and
 * {@code withContext}, element indices from {@code vector}, case names from {@code select}.
 * Renders as {@code ClientHello.extensions[3].key_share.client_shares[0]}.
 */
public record Path(List<String> segments) {

    private static final Path ROOT = new Path(List.empty());

    /** The empty path: the value being decoded or encoded itself. */
    public static Path root() {
        return ROOT;
    }

    /** A path from named segments; an index segment is written {@code "[3]"}. */
    public static Path of(String... segments) {
        return new Path(List.of(segments));
    }

    /** This path under a field or context named {@code name}. */
    public Path under(String name) {
        return new Path(segments.prepend(name));
    }

    /** This path under element {@code index} of a vector. */
    public Path underIndex(int index) {
        return new Path(segments.prepend("[" + index + "]"));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "<root>";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (sb.length() > 0 && !s.startsWith("[")) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
