package org.tlscodec.examples.cli;

import io.vavr.collection.Vector;
import java.util.function.Function;

/** The human form of {@code tlscodec suites}: one suite a line, columns padded to their widest cell. */
final class SuiteTable {
    private static final Vector<String> HEADINGS = Vector.of(
            "CODE", "NAME", "KX", "AUTH", "CIPHER", "MAC", "PRF", "VERSIONS", "USABLE");
    private static final Vector<Function<SuiteRow, String>> CELLS = Vector.of(
            SuiteRow::code, SuiteRow::name, SuiteRow::kx, SuiteRow::auth, SuiteRow::cipher, SuiteRow::mac,
            SuiteRow::prf, SuiteRow::versions, r -> r.usable() ? "yes" : "no");

    private SuiteTable() {
    }

    /** The heading line and one line a row, each ending in a newline; two spaces between columns. */
    static String render(Vector<SuiteRow> rows) {
        Vector<Vector<String>> lines = rows.map(r -> CELLS.map(cell -> cell.apply(r))).prepend(HEADINGS);
        Vector<Integer> widths = Vector.range(0, HEADINGS.size()).map(i -> lines.map(l -> l.get(i).length()).max().getOrElse(0));
        StringBuilder out = new StringBuilder();
        for (Vector<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(i == 0 ? "" : "  ").append(line.get(i))
                        .append(" ".repeat(i == line.size() - 1 ? 0 : widths.get(i) - line.get(i).length()));
            }
            out.append(text).append('\n');
        }
        return out.toString();
    }
}
