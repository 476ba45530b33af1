package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.fixed;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * The value of a QUIC transport parameter (RFC 9000 section 18.2): an integer for the parameters
 * RFC 9000 defines as one (itself a varint filling the value exactly), bytes for the rest
 * (connection IDs, the stateless reset token, preferred_address, the empty
 * disable_active_migration, GREASE and unknown ids).
 */
public sealed interface TransportParameterValue {

    /** The ids whose value is a single varint: RFC 9000 section 18.2, and max_datagram_frame_size (RFC 9221 section 3). */
    Set<Long> INTEGER_IDS = HashSet.of(0x01L, 0x03L, 0x04L, 0x05L, 0x06L, 0x07L, 0x08L, 0x09L, 0x0aL, 0x0bL, 0x0eL, 0x20L);

    /** An integer-valued parameter's value, with its encoded length kept. */
    record IntegerValue(QuicVarint value) implements TransportParameterValue {
        @Override
        public int size() {
            return value.encodedLength();
        }
    }

    /** Any other parameter's value, as bytes. */
    record OpaqueValue(Bytes value) implements TransportParameterValue {
        @Override
        public int size() {
            return value.size();
        }
    }

    /** The number of bytes the value takes on the wire. */
    int size();

    /**
     * The codec of the value of parameter {@code id} whose length field said {@code length}: exactly
     * that many bytes, read as one varint for an integer id. A length beyond what an int holds can
     * never be satisfied by an input, so it is read as the largest one (and fails as too short).
     */
    static Codec<TransportParameterValue> codec(QuicVarint id, QuicVarint length) {
        Codec<Bytes> bytes = fixed((int) Math.min(length.value(), Integer.MAX_VALUE));
        if (INTEGER_IDS.contains(id.value())) {
            return bytes.exmap(
                    b -> QuicVarint.CODEC.decode(b).<TransportParameterValue>map(IntegerValue::new)
                            .mapLeft(e -> "an integer transport parameter must be one varint filling its length: " + e.reason()),
                    v -> v instanceof IntegerValue iv
                            ? QuicVarint.CODEC.encode(iv.value()).mapLeft(e -> e.reason())
                            : Either.left("transport parameter " + id.value() + " takes an integer"));
        }
        return bytes.exmap(
                b -> Either.right(new OpaqueValue(b)),
                v -> v instanceof OpaqueValue ov
                        ? Either.right(ov.value())
                        : Either.left("transport parameter " + id.value() + " takes bytes, not an integer"));
    }
}
