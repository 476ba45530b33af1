package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;

/**
 * {@code Transport Parameter { Transport Parameter ID (i), Transport Parameter Length (i),
 * Transport Parameter Value (..) }} (RFC 9000 section 18): an id and a length, both QUIC varints,
 * then that many bytes. Both varints keep their encoded length, so a parameter re-encodes to the
 * bytes it came from even when a peer pads them. The value's form follows the id
 * ({@link TransportParameterValue}); the record checks that the length field agrees with it.
 */
public record TransportParameter(QuicVarint id, QuicVarint length, TransportParameterValue value) {

    private record Head(QuicVarint id, QuicVarint length) {
    }

    private static final Codec<Head> HEAD = struct(
            field("id", QuicVarint.CODEC, Head::id),
            field("length", QuicVarint.CODEC, Head::length),
            Head::new);

    public static final Codec<TransportParameter> CODEC = Codecs.<Head, TransportParameter>dependent(
            HEAD, p -> new Head(p.id(), p.length()), TransportParameter::body).named("TransportParameter");

    private static Codec<TransportParameter> body(Head h) {
        return TransportParameterValue.codec(h.id(), h.length()).withContext("value")
                .xmap(v -> new TransportParameter(h.id(), h.length(), v), TransportParameter::value);
    }

    public TransportParameter {
        if (length.value() != value.size()) {
            throw new IllegalArgumentException("length " + length.value() + " but the value takes " + value.size() + " bytes");
        }
    }

    /** An integer parameter, id, length and value each in the fewest bytes. */
    public static TransportParameter integer(long id, long value) {
        QuicVarint v = QuicVarint.of(value);
        return new TransportParameter(QuicVarint.of(id), QuicVarint.of(v.encodedLength()), new TransportParameterValue.IntegerValue(v));
    }

    /** A parameter of bytes, id and length in the fewest bytes. */
    public static TransportParameter opaque(long id, Bytes value) {
        return new TransportParameter(QuicVarint.of(id), QuicVarint.of(value.size()), new TransportParameterValue.OpaqueValue(value));
    }

    /** True for the reserved ids {@code 31 * N + 27} (RFC 9000 section 18.1), which peers send to keep the space open. */
    public boolean grease() {
        return id.value() >= 27 && (id.value() - 27) % 31 == 0;
    }
}
