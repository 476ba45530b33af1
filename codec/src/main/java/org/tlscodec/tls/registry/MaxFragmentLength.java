package org.tlscodec.tls.registry;

import io.vavr.control.Option;
import org.tlscodec.codec.Codec;

/**
 * MaxFragmentLength (RFC 6066 section 4; IANA "TLS Max Fragment Length"): the record size a client
 * asks for with max_fragment_length, as a code: 1 to 4 for 2^9 to 2^12 bytes. The names are IANA's
 * ("2^9"); the constants spell the power out. Open: any byte is kept.
 */
public record MaxFragmentLength(int code) implements RegistryValue {
    private static final Registry.Builder<MaxFragmentLength> B = Registry.builder("MaxFragmentLength", 1, MaxFragmentLength::new, MaxFragmentLength::code);

    public static final MaxFragmentLength X2_9 = B.add(1, "2^9");
    public static final MaxFragmentLength X2_10 = B.add(2, "2^10");
    public static final MaxFragmentLength X2_11 = B.add(3, "2^11");
    public static final MaxFragmentLength X2_12 = B.add(4, "2^12");

    public static final Registry<MaxFragmentLength> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<MaxFragmentLength> CODEC = REGISTRY.codec();

    public MaxFragmentLength {
        Registry.checkCode("MaxFragmentLength", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static MaxFragmentLength of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    /** The fragment length this code asks for, in bytes (512 to 4096); none for an unregistered code. */
    public Option<Integer> bytes() {
        return code >= 1 && code <= 4 ? Option.some(1 << (8 + code)) : Option.none();
    }

    @Override
    public String toString() {
        return display();
    }
}
