package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link ChangeCipherSpec} (RFC 5246 section 7.1). */
public final class ChangeCipherSpecGen {
    private ChangeCipherSpecGen() {
    }

    /** Mostly the standard byte 1, sometimes any byte (kept by the codec). */
    public static Gen<ChangeCipherSpec> any() {
        return Gen.frequency(
                Tuple.of(4, Gen.constant(ChangeCipherSpec.STANDARD)),
                Tuple.of(1, Gen.ints(0, 255).map(ChangeCipherSpec::new)));
    }
}
