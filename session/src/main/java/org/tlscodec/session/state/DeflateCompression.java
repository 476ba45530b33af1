package org.tlscodec.session.state;

import io.vavr.control.Either;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.tlscodec.codec.Bytes;

/**
 * The DEFLATE compression method of RFC 3749 as one direction's compression state (RFC 5246
 * section 6.2.2): one zlib stream (RFC 1950, {@link Deflater}/{@link Inflater} of the JDK) that
 * lives across the records of a connection state, each record's data ended with a sync flush
 * (RFC 3749 section 2: "the compressor ... SHOULD ... flush ... at the end of each record"),
 * so a record decompresses on its own given the records before it.
 *
 * <p>Bounds (RFC 5246 section 6.2.2): a TLSCompressed fragment longer than 2^14 + 1024 bytes is a
 * record_overflow, and one that would decompress to more than 2^14 bytes is a
 * decompression_failure: the output buffer is never larger than 2^14 + 1 bytes, whatever the input.
 *
 * <p>A zlib stream is mutable; as for RC4's keystream, each value stands for one position in the
 * stream: {@link #decompress} and {@link #compress} answer the value for the next record, and a
 * value used a second time is refused (the stream moved on), never silently wrong.
 */
public final class DeflateCompression {
    /** The largest TLSPlaintext fragment, 2^14. */
    public static final int MAX_PLAINTEXT = 1 << 14;
    /** The largest TLSCompressed fragment, 2^14 + 1024. */
    public static final int MAX_COMPRESSED = MAX_PLAINTEXT + 1024;

    private final Streams streams;
    private final long generation;

    /** The zlib streams of one direction and how many records they have taken. */
    private static final class Streams {
        private Inflater inflater;
        private Deflater deflater;
        private long generation;
    }

    private DeflateCompression(Streams streams, long generation) {
        this.streams = streams;
        this.generation = generation;
    }

    /** A new direction: empty history. */
    public static DeflateCompression start() {
        return new DeflateCompression(new Streams(), 0);
    }

    /** A record's data through the stream, and the compression state for the next record. */
    public record Result(Bytes bytes, DeflateCompression next) {
    }

    /** TLSCompressed.fragment to TLSPlaintext.fragment. */
    public Either<SessionError, Result> decompress(Bytes compressed) {
        synchronized (streams) {
            if (streams.generation != generation) {
                return Either.left(SessionError.protocol("this DEFLATE state was already used for a record"));
            }
            if (compressed.size() > MAX_COMPRESSED) {
                return Either.left(SessionError.protocol("record_overflow: a compressed fragment of " + compressed.size()
                        + " bytes, at most 2^14 + 1024 allowed (RFC 5246 section 6.2.2)"));
            }
            if (streams.inflater == null) {
                streams.inflater = new Inflater();
            }
            Inflater in = streams.inflater;
            in.setInput(compressed.toArray());
            byte[] out = new byte[MAX_PLAINTEXT + 1];
            int total = 0;
            try {
                while (total < out.length) {
                    int n = in.inflate(out, total, out.length - total);
                    total += n;
                    if (n == 0 && (in.needsInput() || in.finished() || in.needsDictionary())) {
                        break;
                    }
                }
            } catch (DataFormatException e) {
                streams.generation++;
                return Either.left(SessionError.protocol("decompression_failure: the record is not the next piece of the zlib stream: "
                        + e.getMessage()));
            }
            streams.generation++;
            if (in.needsDictionary()) {
                return Either.left(SessionError.protocol("decompression_failure: the zlib stream asks for a preset dictionary"));
            }
            if (total > MAX_PLAINTEXT) {
                return Either.left(SessionError.protocol("decompression_failure: the record decompresses to more than 2^14 bytes"
                        + " (RFC 5246 section 6.2.2)"));
            }
            return Either.right(new Result(Bytes.of(out, 0, total), new DeflateCompression(streams, streams.generation)));
        }
    }

    /** TLSPlaintext.fragment (at most 2^14 bytes) to TLSCompressed.fragment, sync-flushed. */
    public Either<SessionError, Result> compress(Bytes plaintext) {
        synchronized (streams) {
            if (streams.generation != generation) {
                return Either.left(SessionError.protocol("this DEFLATE state was already used for a record"));
            }
            if (plaintext.size() > MAX_PLAINTEXT) {
                return Either.left(SessionError.protocol("a plaintext fragment of " + plaintext.size() + " bytes, at most 2^14 allowed"));
            }
            if (streams.deflater == null) {
                streams.deflater = new Deflater();
            }
            Deflater d = streams.deflater;
            d.setInput(plaintext.toArray());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plaintext.size() + 64);
            byte[] buf = new byte[4096];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
            } while (n == buf.length);
            streams.generation++;
            if (out.size() > MAX_COMPRESSED) {
                return Either.left(SessionError.protocol("the fragment compresses to " + out.size() + " bytes, over 2^14 + 1024"));
            }
            return Either.right(new Result(Bytes.of(out.toByteArray()), new DeflateCompression(streams, streams.generation)));
        }
    }

    @Override
    public String toString() {
        return "DEFLATE";
    }
}
