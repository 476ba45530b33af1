package org.tlscodec.session.conversation;

import io.vavr.collection.Queue;
import io.vavr.collection.Seq;
import org.tlscodec.codec.Bytes;

/**
 * One side's bytes that have arrived but are not yet read as records: from the start of a record
 * whose end has not arrived (RFC 8446 section 5.1 and RFC 5246 section 6.2.1: the record header's
 * length says where the record ends). They are kept as the slices of the chunks that brought
 * them, not joined, so a record that arrives in many TCP segments is copied once, when its last
 * byte arrives, instead of once a segment.
 *
 * <p>The parts are a {@link Queue}: a record arriving in Ethernet-size segments takes a part a
 * segment, and a queue appends in constant time where a {@code Vector} copied its leaf each time
 * (a twentieth of a 100 MB capture's decryption at 1460-byte segments).
 *
 * @param parts  the slices in stream order, none empty
 * @param size   their total length in bytes
 * @param offset the stream offset of the first byte of the first part
 */
public record PendingBytes(Seq<Bytes> parts, long size, long offset) {

    /** No bytes pending; the next byte is at stream offset {@code offset}. */
    public static PendingBytes none(long offset) {
        return new PendingBytes(Queue.empty(), 0, offset);
    }

    /** {@code bytes} pending from stream offset {@code offset}. */
    public static PendingBytes of(Bytes bytes, long offset) {
        return bytes.isEmpty() ? none(offset) : new PendingBytes(Queue.of(bytes), bytes.size(), offset);
    }

    /** True when no byte is pending. */
    public boolean isEmpty() {
        return size == 0;
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
        Seq<Bytes> joined = !parts.isEmpty() && parts.last().adjoins(more)
                ? parts.dropRight(1).append(parts.last().concat(more))
                : parts.append(more);
        return new PendingBytes(joined, size + more.size(), offset);
    }

    /** The pending bytes as one sequence (one copy when there are several parts). */
    public Bytes joined() {
        return Bytes.concatAll(parts);
    }

    /**
     * The unsigned value of the byte {@code index} bytes after this one's first, looking past the
     * last part into {@code next}; -1 when neither holds it. For a record header split across parts.
     */
    int byteAt(int index, Bytes next) {
        if (!parts.isEmpty() && index < parts.head().size()) {
            return parts.head().get(index);
        }
        int i = index;
        for (Bytes p : parts) {
            if (i < p.size()) {
                return p.get(i);
            }
            i -= p.size();
        }
        return i < next.size() ? next.get(i) : -1;
    }
}
