package org.tlscodec.codec;

import io.vavr.Tuple2;

/**
 * Prints a {@link Rendered} tree indented, one field a line, the way Scapy's {@code show()} lays
 * out a packet: names for known codes with the hex code beside them, hex for everything opaque.
 */
public final class RenderedText {
    private RenderedText() {
    }

    /** The whole tree, under a title line. */
    public static String tree(String title, Rendered value) {
        StringBuilder sb = new StringBuilder("###[ ").append(title).append(" ]###\n");
        body(sb, value, 1);
        return sb.toString();
    }

    private static void body(StringBuilder sb, Rendered value, int depth) {
        if (value instanceof Rendered.Fields f) {
            for (Tuple2<String, Rendered> field : f.fields()) {
                line(sb, depth, field._1, field._2);
            }
        } else if (value instanceof Rendered.Items items) {
            int i = 0;
            for (Rendered item : items.items()) {
                line(sb, depth, "[" + i++ + "]", item);
            }
        } else if (value instanceof Rendered.Variant v) {
            body(sb, v.body(), depth);
        } else {
            indent(sb, depth).append(leaf(value)).append('\n');
        }
    }

    private static void line(StringBuilder sb, int depth, String name, Rendered value) {
        indent(sb, depth).append(name);
        if (value instanceof Rendered.Fields f && !f.fields().isEmpty()) {
            sb.append('\n');
            body(sb, value, depth + 1);
        } else if (value instanceof Rendered.Items items && !items.items().isEmpty()) {
            sb.append(" (").append(items.items().size()).append(")\n");
            body(sb, value, depth + 1);
        } else if (value instanceof Rendered.Variant v) {
            sb.append(" = ").append(variantHead(v));
            if (isEmpty(v.body())) {
                sb.append('\n');
            } else if (v.body() instanceof Rendered.Fields || v.body() instanceof Rendered.Items) {
                sb.append('\n');
                body(sb, v.body(), depth + 1);
            } else {
                sb.append(": ").append(leaf(v.body())).append('\n');
            }
        } else {
            sb.append(" = ").append(leaf(value)).append('\n');
        }
    }

    /** A case's name and tag; a registry tag already names itself, so it is not said twice. */
    private static String variantHead(Rendered.Variant v) {
        if (v.tag() instanceof Rendered.Code c && c.name().contains(v.name())) {
            return leaf(c);
        }
        return v.name() + " " + leaf(v.tag());
    }

    private static boolean isEmpty(Rendered r) {
        return r instanceof Rendered.Fields f && f.fields().isEmpty()
                || r instanceof Rendered.Items i && i.items().isEmpty();
    }

    private static StringBuilder indent(StringBuilder sb, int depth) {
        return sb.append("  ".repeat(depth));
    }

    /** One value on one line. */
    public static String leaf(Rendered value) {
        if (value instanceof Rendered.Number n) {
            return Long.toString(n.value());
        }
        if (value instanceof Rendered.Code c) {
            return c.name().isDefined() ? c.name().get() + " (" + c.hex() + ")" : c.hex();
        }
        if (value instanceof Rendered.Octets o) {
            return o.bytes().isEmpty() ? "(empty)" : o.bytes().hex() + " (" + o.bytes().size() + " bytes)";
        }
        if (value instanceof Rendered.Text t) {
            return t.text();
        }
        if (value instanceof Rendered.Absent) {
            return "(absent)";
        }
        if (value instanceof Rendered.Items i) {
            return i.items().isEmpty() ? "[]" : "[" + i.items().map(RenderedText::leaf).mkString(", ") + "]";
        }
        if (value instanceof Rendered.Fields f) {
            return f.fields().isEmpty() ? "{}" : "{" + f.fields().map(t -> t._1 + "=" + leaf(t._2)).mkString(", ") + "}";
        }
        Rendered.Variant v = (Rendered.Variant) value;
        return variantHead(v) + " " + leaf(v.body());
    }
}
