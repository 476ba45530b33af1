package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple2;
import org.tlscodec.codec.Rendered;

/**
 * The one JSON schema of every structure, made from the codec's own rendering
 * ({@code codec.render(value)}): struct fields under their RFC names, vectors as arrays, integers
 * as numbers, registry codes as hex strings ({@code "0x1301"}), opaque bytes as hex, and a select
 * case (an extension, a handshake body) as {@code {"type": int, "name": str, "fields": {...}}}.
 */
final class RenderedJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RenderedJson() {
    }

    static JsonNode of(Rendered r) {
        if (r instanceof Rendered.Number n) {
            return F.numberNode(n.value());
        }
        if (r instanceof Rendered.Code c) {
            return F.textNode(c.hex());
        }
        if (r instanceof Rendered.Octets o) {
            return F.textNode(o.bytes().hex());
        }
        if (r instanceof Rendered.Text t) {
            return F.textNode(t.text());
        }
        if (r instanceof Rendered.Absent) {
            return F.nullNode();
        }
        if (r instanceof Rendered.Fields f) {
            ObjectNode o = F.objectNode();
            for (Tuple2<String, Rendered> field : f.fields()) {
                o.set(field._1, of(field._2));
            }
            return o;
        }
        if (r instanceof Rendered.Items items) {
            ArrayNode a = F.arrayNode();
            items.items().forEach(i -> a.add(of(i)));
            return a;
        }
        Rendered.Variant v = (Rendered.Variant) r;
        ObjectNode o = F.objectNode();
        o.put("type", code(v.tag()));
        o.put("name", v.name());
        o.set("fields", fields(v.body()));
        return o;
    }

    /** A body as an object: a struct's fields, or its single value under "data" / "value". */
    static ObjectNode fields(Rendered body) {
        JsonNode json = of(body);
        if (json instanceof ObjectNode o && !(body instanceof Rendered.Variant)) {
            return o;
        }
        ObjectNode o = F.objectNode();
        o.set(body instanceof Rendered.Octets ? "data" : "value", json);
        return o;
    }

    private static long code(Rendered tag) {
        if (tag instanceof Rendered.Code c) {
            return c.code();
        }
        if (tag instanceof Rendered.Number n) {
            return n.value();
        }
        return -1;
    }
}
