package org.tlscodec.session.conversation;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * One side's bytes that have arrived but are not yet read as records: from the start of a record
 * whose end has not arrived (RFC 8446 section 5.1 and RFC 5246 section 6.2.1: the record header's
 * length says where the record ends). They are kept as the slices of the chunks that brought
 * them, not joined, so a record that arrives in many TCP segments is copied once, when its last
 * byte arrives, instead of once a segment.
 *
 * <p>The first part is kept apart, at least a header long when there are later parts (the record
 * header is read from it, whatever the segments' sizes), and the later ones in a list
 * newest first, so a part is added in constant time and with one small object, and the join writes
 * them from the end of the record backwards in one pass. A record arriving in Ethernet-size
 * segments takes eleven parts; a Vavr {@code Queue} there cost its reversal and iterators at
 * every join (about a twelfth of a 100 MB capture's decryption at 1460-byte segments), a
 * {@code Vector} a copy of its leaf at every append.
 */
public final class PendingBytes {
    /** The bytes of a TLS record header (RFC 8446 section 5.1), the most {@link Conversation} reads before knowing a record's length. */
    static final int HEADER_BYTES = 5;

    private final Bytes first;
    private final Later later;
    private final long size;
    private final long offset;

    private PendingBytes(Bytes first, Later later, long size, long offset) {
        this.first = first;
        this.later = later;
        this.size = size;
        this.offset = offset;
    }

    /** The parts after the first, newest first. */
    private sealed interface Later permits End, Part {
    }

    private record End() implements Later {
        static final End END = new End();
    }

    private record Part(Bytes bytes, Later before) implements Later {
    }

    /** No bytes pending; the next byte is at stream offset {@code offset}. */
    public static PendingBytes none(long offset) {
        return new PendingBytes(Bytes.empty(), End.END, 0, offset);
    }

    /** {@code bytes} pending from stream offset {@code offset}. */
    public static PendingBytes of(Bytes bytes, long offset) {
        return new PendingBytes(bytes, End.END, bytes.size(), offset);
    }

    /** True when no byte is pending. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** How many bytes are pending. */
    public long size() {
        return size;
    }

    /** The stream offset of the first pending byte. */
    public long offset() {
        return offset;
    }

    /** The slices in stream order, none empty. */
    public Vector<Bytes> parts() {
        Vector<Bytes> newestFirst = Vector.empty();
        for (Later l = later; l instanceof Part p; l = p.before()) {
            newestFirst = newestFirst.append(p.bytes());
        }
        return first.isEmpty() ? newestFirst.reverse() : newestFirst.reverse().prepend(first);
    }

    /**
     * These bytes and then {@code more}, without a copy: {@code more} is kept as a part of its own,
     * or joined to the last part when it is the slice that follows it in the same array
     * ({@link Bytes#adjoins}: consecutive chunks cut from one reassembled stream).
     */
    public PendingBytes append(Bytes more) {
        if (more.isEmpty()) {
            return this;
        }
        if (first.isEmpty()) {
            return new PendingBytes(more, End.END, more.size(), offset);
        }
        if (later instanceof End && first.size() < HEADER_BYTES) {
            // the header is read from the first part: a few bytes of it are joined there, once a record
            return new PendingBytes(first.concat(more), End.END, size + more.size(), offset);
        }
        if (later instanceof Part p) {
            return p.bytes().adjoins(more)
                    ? new PendingBytes(first, new Part(p.bytes().concat(more), p.before()), size + more.size(), offset)
                    : new PendingBytes(first, new Part(more, later), size + more.size(), offset);
        }
        return first.adjoins(more)
                ? new PendingBytes(first.concat(more), End.END, size + more.size(), offset)
                : new PendingBytes(first, new Part(more, End.END), size + more.size(), offset);
    }

    /** The pending bytes as one sequence (one copy when there are several parts). */
    public Bytes joined() {
        return joinedWith(Bytes.empty()).bytes();
    }

    /**
     * The pending bytes and then {@code tail} as one sequence: {@link Joined#fresh()} when they were
     * copied into a new array, which then nothing else refers to; otherwise the one part there is, or
     * the parts that follow each other in one array, as a slice.
     */
    Joined joinedWith(Bytes tail) {
        long total = size + tail.size();
        if (later instanceof End) {
            if (tail.isEmpty() || first.isEmpty()) {
                return new Joined(first.isEmpty() ? tail : first, false);
            }
            if (first.adjoins(tail)) {
                return new Joined(first.concat(tail), false);
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("pending bytes of " + total + " bytes in all: more than one array holds");
        }
        int n = (int) total;
        Bytes out = Bytes.<IllegalStateException>fill(n, array -> {
            int at = (int) size;
            tail.copyTo(array, at);
            for (Later l = later; l instanceof Part p; l = p.before()) {
                at -= p.bytes().size();
                p.bytes().copyTo(array, at);
            }
            first.copyTo(array, 0);
            return Either.right(n);
        }).get();
        return new Joined(out, true);
    }

    /**
     * Joined pending bytes.
     *
     * @param bytes the bytes
     * @param fresh true when they were copied into an array made for them, which no other value holds
     */
    record Joined(Bytes bytes, boolean fresh) {
    }

    /**
     * The unsigned value of the byte {@code index} bytes after this one's first, looking past the
     * last part into {@code next}; -1 when neither holds it. For a record header split across parts.
     */
    int byteAt(int index, Bytes next) {
        if (index < first.size()) {
            return first.get(index);
        }
        int i = index;
        for (Bytes p : parts()) {
            if (i < p.size()) {
                return p.get(i);
            }
            i -= p.size();
        }
        return i < next.size() ? next.get(i) : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PendingBytes p && p.offset == offset && p.size == size && p.joined().equals(joined());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + joined().hashCode();
    }

    @Override
    public String toString() {
        return "PendingBytes[" + size + " bytes at stream offset " + offset + " in " + parts().size() + " parts]";
    }
}
