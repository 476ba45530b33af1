package org.tlscodec.vectors.session.captures;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;

/**
 * A connection's record chunks re-cut as a capture of separate packets would hand them out: each
 * run of records one side sent in a row is cut at any points (inside record headers, inside
 * records, several records in one piece), and every piece is copied into an array of its own, so
 * no two pieces are adjacent slices of one array and joining them must copy. The pieces keep the
 * order in which the records complete, so a dissection of them must equal that of the records.
 */
public final class ChunksApart {
    private ChunksApart() {
    }

    /** Each run of consecutive chunks from one sender, joined into one chunk. */
    public static Vector<Chunk> runs(Vector<Chunk> records) {
        Vector<Chunk> out = Vector.empty();
        for (Chunk c : records) {
            if (!out.isEmpty() && out.last().sender() == c.sender()) {
                out = out.init().append(new Chunk(c.sender(), out.last().bytes().concat(c.bytes())));
            } else {
                out = out.append(new Chunk(c.sender(), c.bytes()));
            }
        }
        return out;
    }

    /** Each run cut into pieces of 1 + the next of {@code sizes} bytes (cycling), each piece in its own array. */
    public static Vector<Chunk> cutApart(Vector<Chunk> records, Vector<Integer> sizes) {
        Vector<Chunk> out = Vector.empty();
        int k = 0;
        for (Chunk run : runs(records)) {
            Bytes b = run.bytes();
            int at = 0;
            while (at < b.size()) {
                int end = Math.min(b.size(), at + 1 + sizes.get(k++ % sizes.size()));
                out = out.append(new Chunk(run.sender(), Bytes.of(b.slice(at, end).toArray())));
                at = end;
            }
        }
        return out;
    }

    /** Each run in pieces of {@code n} bytes (the last of a run shorter), each piece in its own array. */
    public static Vector<Chunk> cutEvery(Vector<Chunk> records, int n) {
        return cutApart(records, Vector.of(n - 1));
    }

    /** The chunks with the last {@code n} bytes of the last one left off (the capture stopped there). */
    public static Vector<Chunk> withoutLast(Vector<Chunk> chunks, int n) {
        Chunk last = chunks.last();
        return chunks.init().append(new Chunk(last.sender(), last.bytes().take(last.bytes().size() - n)));
    }
}
