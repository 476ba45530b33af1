package org.tlscodec.tls.record;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Decoded;
import org.tlscodec.codec.Path;

/**
 * Handshake messages put back together from the fragments of consecutive handshake records.
 * RFC 8446 section 5.1: "Handshake messages MAY be coalesced into a single TLSPlaintext record or
 * fragmented across several records", and "if a handshake message is split over two or more
 * records, there MUST NOT be any other records between them" (RFC 5246 section 6.2.1 allows the
 * same fragmenting). So the fragments, in order, are one byte stream of {@link RawHandshake}s:
 * several messages may share a record, one message may span many, and even its four-byte header
 * may be cut between records.
 *
 * <p>A pure function: fragments in, messages and leftover out. Each message keeps the bytes it
 * was received as and the records it came from. The framing is read only by
 * {@link RawHandshake#CODEC}; a message inside one record is a slice of it, and one that spans
 * records is copied once, when all its bytes are there. An incomplete last message is
 * {@link CodecError.Truncated} (more records may complete it), with its bytes kept in
 * {@link #leftover()}; nothing is allocated for what a length only claims.
 *
 * <p>Error offsets count bytes in the concatenation of the fragments.
 *
 * @param messages the complete messages, in order
 * @param leftover the bytes of an incomplete last message, from its first byte; empty when the fragments ended on a message boundary
 * @param error    why the leftover is not a message: {@link CodecError.Truncated} when it is cut short
 */
public record HandshakeReassembly(Vector<ReassembledHandshake> messages, Bytes leftover, Option<CodecError> error) {

    /** Reassembles the messages in {@code fragments}, the bodies of consecutive handshake records. */
    public static HandshakeReassembly reassemble(Seq<Bytes> fragments) {
        Bytes[] parts = fragments.toJavaList().toArray(new Bytes[0]);
        long sum = 0;
        int[] ends = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sum += parts[i].size();
            if (sum > Integer.MAX_VALUE - 8) {
                return new HandshakeReassembly(Vector.empty(), Bytes.empty(), Option.some(new CodecError.Invalid(
                        Path.root(), 0, "more than 2 GiB of handshake fragments")));
            }
            ends[i] = (int) sum;
        }
        return new Fragments(parts, ends).reassemble();
    }

    /** True when the fragments ended exactly after the last message. */
    public boolean isComplete() {
        return error.isEmpty() && leftover.isEmpty();
    }

    /** The messages without their provenance. */
    public Vector<RawHandshake> rawMessages() {
        return messages.map(ReassembledHandshake::message);
    }

    /** The fragments as one virtual stream: offsets count from the first fragment's first byte. */
    private static final class Fragments {
        private final Bytes[] parts;
        private final int[] ends;
        private final int total;

        Fragments(Bytes[] parts, int[] ends) {
            this.parts = parts;
            this.ends = ends;
            this.total = ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        HandshakeReassembly reassemble() {
            List<ReassembledHandshake> messages = new ArrayList<>();
            int at = 0;
            while (at < total) {
                int end = ends[recordAt(at)]; // first try the rest of this record alone
                while (true) {
                    Bytes window = bytes(at, end);
                    Either<CodecError, Decoded<RawHandshake>> r = RawHandshake.CODEC.decodePrefix(window);
                    if (r.isRight()) {
                        int n = window.size() - r.get().remainder().size();
                        messages.add(new ReassembledHandshake(r.get().value(), window.take(n), recordAt(at), recordAt(at + n - 1)));
                        at += n;
                        break;
                    }
                    CodecError e = r.getLeft();
                    if (e instanceof CodecError.Truncated t && end < total) {
                        // Take in exactly the bytes the framing asked for (or all there are), then retry.
                        long wanted = (long) at + t.offset() + t.needed();
                        end = (int) Math.min(total, Math.max(wanted, end + 1L));
                        continue;
                    }
                    Bytes rest = end == total ? window : bytes(at, total);
                    CodecError placed = moved(e, at + e.offset()).withPath(e.path().underIndex(messages.size()).under("handshake"));
                    return new HandshakeReassembly(Vector.ofAll(messages), rest, Option.some(placed));
                }
            }
            return new HandshakeReassembly(Vector.ofAll(messages), Bytes.empty(), Option.none());
        }

        /** The index of the fragment holding byte {@code at} (empty fragments hold none). */
        private int recordAt(int at) {
            int lo = 0;
            int hi = ends.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] > at) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** Bytes {@code from} to {@code to} of the virtual stream: a slice inside one fragment, else one copy. */
        private Bytes bytes(int from, int to) {
            int i = recordAt(from);
            int start = ends[i] - parts[i].size();
            if (to <= ends[i]) {
                return parts[i].slice(from - start, to - start);
            }
            ByteWriter out = new ByteWriter(to - from);
            int pos = from;
            while (pos < to) {
                int s = ends[i] - parts[i].size();
                int e = Math.min(ends[i], to);
                if (e > pos) {
                    out.writeBytes(parts[i].slice(pos - s, e - s));
                    pos = e;
                }
                i++;
            }
            return out.toBytes();
        }
    }

    /** The same error at another offset. */
    private static CodecError moved(CodecError e, int offset) {
        if (e instanceof CodecError.Truncated t) {
            return new CodecError.Truncated(t.path(), offset, t.needed(), t.available());
        }
        if (e instanceof CodecError.Overrun o) {
            return new CodecError.Overrun(o.path(), offset, o.needed(), o.available());
        }
        if (e instanceof CodecError.LengthOutOfRange l) {
            return new CodecError.LengthOutOfRange(l.path(), offset, l.min(), l.max(), l.actual());
        }
        if (e instanceof CodecError.TrailingBytes b) {
            return new CodecError.TrailingBytes(b.path(), offset, b.count());
        }
        if (e instanceof CodecError.UnknownTag u) {
            return new CodecError.UnknownTag(u.path(), offset, u.tag());
        }
        if (e instanceof CodecError.Invalid v) {
            return new CodecError.Invalid(v.path(), offset, v.reason());
        }
        return new CodecError.Unexpected(e.path(), offset, e.reason());
    }
}
