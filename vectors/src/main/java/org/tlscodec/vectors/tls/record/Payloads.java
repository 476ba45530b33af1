package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.gen.Gen;

/**
 * Opaque bodies of bounded size: mostly short (where the interesting cases are), sometimes any
 * size up to the bound, sometimes exactly the bound. Large bodies are filled from a drawn seed
 * rather than a draw a byte, so a case stays far below the draw limit and shrinks quickly.
 */
public final class Payloads {
    private static final int DRAWN_UP_TO = 512;

    private Payloads() {
    }

    /** 0 to {@code max} bytes. */
    public static Gen<Bytes> upTo(int max) {
        return between(0, max);
    }

    /** {@code min} to {@code max} bytes. */
    public static Gen<Bytes> between(int min, int max) {
        int small = Math.min(max, min + 40);
        return Gen.frequency(
                Tuple.of(12, Gen.ints(min, small).flatMap(Payloads::exactly)),
                Tuple.of(3, Gen.ints(min, max).flatMap(Payloads::exactly)),
                Tuple.of(1, exactly(max)),
                Tuple.of(1, exactly(min)));
    }

    /** Exactly {@code n} bytes. */
    public static Gen<Bytes> exactly(int n) {
        if (n <= DRAWN_UP_TO) {
            return Gen.bytes(n);
        }
        return Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), (seed, step) -> {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (seed + i * (2 * step + 1));
            }
            return Bytes.of(b);
        });
    }
}
