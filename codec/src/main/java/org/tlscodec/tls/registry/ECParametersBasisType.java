package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * {@code enum { ec_basis_trinomial, ec_basis_pentanomial } ECBasisType;} (RFC 4492 section 5.4).
 * The RFC gives no values; the deployed reading (Bouncy Castle's, the one implementation that
 * spoke explicit char2 curves) is 1 and 2, which this follows. Open: any byte is kept.
 */
public record ECParametersBasisType(int code) implements RegistryValue {
    private static final Registry.Builder<ECParametersBasisType> B =
            Registry.builder("ECBasisType", 1, ECParametersBasisType::new, ECParametersBasisType::code);

    public static final ECParametersBasisType EC_BASIS_TRINOMIAL = B.add(1, "ec_basis_trinomial");
    public static final ECParametersBasisType EC_BASIS_PENTANOMIAL = B.add(2, "ec_basis_pentanomial");

    public static final Registry<ECParametersBasisType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<ECParametersBasisType> CODEC = REGISTRY.codec();

    public ECParametersBasisType {
        Registry.checkCode("ECBasisType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ECParametersBasisType of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    @Override
    public String toString() {
        return display();
    }
}
