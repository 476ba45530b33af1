package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * TokenBindingKeyParameters (RFC 8471 section 3, RFC 8472; IANA "Token Binding Key Parameters"): the
 * key types the token_binding extension offers. IANA's name "rsa2048_pkcs1.5" is kept; its constant
 * spells the dot as an underscore. Open: any byte is kept.
 */
public record TokenBindingKeyParameters(int code) implements RegistryValue {
    private static final Registry.Builder<TokenBindingKeyParameters> B = Registry.builder("TokenBindingKeyParameters", 1, TokenBindingKeyParameters::new, TokenBindingKeyParameters::code);

    public static final TokenBindingKeyParameters RSA2048_PKCS1_5 = B.add(0, "rsa2048_pkcs1.5");
    public static final TokenBindingKeyParameters RSA2048_PSS = B.add(1, "rsa2048_pss");
    public static final TokenBindingKeyParameters ECDSAP256 = B.add(2, "ecdsap256");

    public static final Registry<TokenBindingKeyParameters> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<TokenBindingKeyParameters> CODEC = REGISTRY.codec();

    public TokenBindingKeyParameters {
        Registry.checkCode("TokenBindingKeyParameters", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static TokenBindingKeyParameters of(int code) {
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
