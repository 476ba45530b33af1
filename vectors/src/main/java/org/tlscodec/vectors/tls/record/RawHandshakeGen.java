package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link RawHandshake} (the handshake framing of RFC 8446 section 4). */
public final class RawHandshakeGen {
    private RawHandshakeGen() {
    }

    public static Gen<HandshakeType> types() {
        return Codes.of(HandshakeType.REGISTRY);
    }

    /** Messages with bodies mostly short, sometimes up to 100,000 bytes (a long certificate chain). */
    public static Gen<RawHandshake> any() {
        return Gen.zipWith(types(), Gen.frequency(
                Tuple.of(9, Payloads.upTo(2000)),
                Tuple.of(1, Payloads.upTo(100_000))), RawHandshake::new);
    }

    /** Messages of at most {@code maxBody} bytes of body. */
    public static Gen<RawHandshake> small(int maxBody) {
        return Gen.zipWith(types(), Gen.bytes(0, maxBody), RawHandshake::new);
    }
}
