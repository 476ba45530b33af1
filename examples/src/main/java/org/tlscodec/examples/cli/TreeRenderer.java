package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Renders a JSON tree as indented text, two spaces a level: {@code name: value} for scalars, the
 * name alone above the children of objects and arrays, {@code [i]} for array elements.
 */
final class TreeRenderer {
    private static final String NL = "\n";

    private TreeRenderer() {
    }

    static String render(JsonNode root) {
        StringBuilder out = new StringBuilder();
        children(out, root, 0);
        return out.toString();
    }

    private static void children(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                line(out, f.getKey(), f.getValue(), depth);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                line(out, "[" + i + "]", node.get(i), depth);
            }
        }
    }

    private static void line(StringBuilder out, String name, JsonNode value, int depth) {
        out.append("  ".repeat(depth)).append(name);
        if (value.isContainerNode()) {
            out.append(value.isArray() ? " (" + value.size() + ")" : "").append(NL);
            children(out, value, depth + 1);
        } else {
            out.append(": ").append(value.asText()).append(NL);
        }
    }
}
