package org.tlscodec.vectors.tls.kx;

import io.vavr.control.Option;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.ClientKeyExchangeDhePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdhePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeRaw;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsaPsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeSrp;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeDhePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdhePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangeRaw;
import org.tlscodec.tls.handshake.ServerKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerKeyExchangeSrp;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;

/**
 * Generators of ServerKeyExchange and ClientKeyExchange for a context: the variant that context's
 * codec reads (the key exchange decides it, the version the signature's shape and SSL 3.0's RSA
 * ciphertext), valid by construction. Mirrors the tables of {@code ServerKeyExchange.codec} and
 * {@code ClientKeyExchange.codec} on purpose: a disagreement fails the laws.
 */
public final class KxGens {
    private KxGens() {
    }

    /** The ServerKeyExchange values {@code ServerKeyExchange.codec(ctx)} reads. */
    public static Gen<ServerKeyExchange> serverKeyExchange(WireContext ctx) {
        Gen<DigitallySigned> sig = KxPartGens.digitallySigned(DigitallySigned.withAlgorithm(ctx));
        Gen<Option<DigitallySigned>> signed = sig.map(Option::some);
        Gen<Option<DigitallySigned>> anonymous = Gen.constant(Option.none());
        Gen<ServerKeyExchange> raw = KxPartGens.any().map(ServerKeyExchangeRaw::new);
        if (ctx.keyExchange().isEmpty()) {
            return raw;
        }
        switch (ctx.keyExchange().get()) {
            case DHE_DSS: case DHE_RSA: case DHE_DSS_EXPORT: case DHE_RSA_EXPORT:
                return Gen.zipWith(KxPartGens.serverDHParams(), signed, ServerKeyExchangeDh::new);
            case DH_ANON: case DH_ANON_EXPORT:
                return Gen.zipWith(KxPartGens.serverDHParams(), anonymous, ServerKeyExchangeDh::new);
            case ECDHE_ECDSA: case ECDHE_RSA:
                return Gen.zipWith(KxPartGens.serverECDHParams(), signed, ServerKeyExchangeEcdh::new);
            case ECDH_ANON:
                return Gen.zipWith(KxPartGens.serverECDHParams(), anonymous, ServerKeyExchangeEcdh::new);
            case RSA: case RSA_EXPORT: case RSA_FIPS:
                return Gen.zipWith(KxPartGens.serverRSAParams(), sig, ServerKeyExchangeRsa::new);
            case PSK: case RSA_PSK:
                return KxPartGens.any().map(ServerKeyExchangePsk::new);
            case DHE_PSK:
                return Gen.zipWith(KxPartGens.any(), KxPartGens.serverDHParams(), ServerKeyExchangeDhePsk::new);
            case ECDHE_PSK:
                return Gen.zipWith(KxPartGens.any(), KxPartGens.serverECDHParams(), ServerKeyExchangeEcdhePsk::new);
            case SRP_SHA:
                return Gen.zipWith(KxPartGens.serverSRPParams(), anonymous, ServerKeyExchangeSrp::new);
            case SRP_SHA_RSA: case SRP_SHA_DSS:
                return Gen.zipWith(KxPartGens.serverSRPParams(), signed, ServerKeyExchangeSrp::new);
            default:
                return raw;
        }
    }

    /** The ClientKeyExchange values {@code ClientKeyExchange.codec(ctx)} reads. */
    public static Gen<ClientKeyExchange> clientKeyExchange(WireContext ctx) {
        Gen<ClientKeyExchange> raw = KxPartGens.any().map(ClientKeyExchangeRaw::new);
        if (ctx.keyExchange().isEmpty()) {
            return raw;
        }
        KeyExchangeAlgorithm kx = ctx.keyExchange().get();
        switch (kx) {
            case RSA: case RSA_EXPORT: case RSA_FIPS:
                return Gen.bytes(0, 128).map(ClientKeyExchangeRsa::new);
            case DH_DSS: case DH_RSA: case DHE_DSS: case DHE_RSA: case DH_ANON: case DH_DSS_EXPORT: case DH_RSA_EXPORT:
            case DHE_DSS_EXPORT: case DHE_RSA_EXPORT: case DH_ANON_EXPORT:
                return Gen.optionOf(KxPartGens.nonEmpty()).map(ClientKeyExchangeDh::new);
            case ECDH_ECDSA: case ECDH_RSA: case ECDHE_ECDSA: case ECDHE_RSA: case ECDH_ANON:
                return Gen.optionOf(KxPartGens.ecPoint()).map(ClientKeyExchangeEcdh::new);
            case PSK:
                return KxPartGens.any().map(ClientKeyExchangePsk::new);
            case RSA_PSK:
                return Gen.zipWith(KxPartGens.any(), Gen.bytes(0, 128), ClientKeyExchangeRsaPsk::new);
            case DHE_PSK:
                return Gen.zipWith(KxPartGens.any(), KxPartGens.nonEmpty(), ClientKeyExchangeDhePsk::new);
            case ECDHE_PSK:
                return Gen.zipWith(KxPartGens.any(), KxPartGens.ecPoint(), ClientKeyExchangeEcdhePsk::new);
            case SRP_SHA: case SRP_SHA_RSA: case SRP_SHA_DSS:
                return KxPartGens.nonEmpty().map(ClientKeyExchangeSrp::new);
            default:
                return raw;
        }
    }

    /**
     * True when no proper prefix of a ServerKeyExchange encoding decodes under {@code ctx}: false
     * where the body is kept raw, since it runs to the end.
     */
    public static boolean serverKeyExchangeSelfDelimiting(WireContext ctx) {
        return ctx.keyExchange().exists(kx -> !clientRaw(kx) && !noServerKeyExchange(kx));
    }

    /**
     * True when no proper prefix of a ClientKeyExchange encoding decodes under {@code ctx}: false for
     * raw bodies and SSL 3.0 RSA (they run to the end) and for DH and ECDH (an empty body is implicit).
     */
    public static boolean clientKeyExchangeSelfDelimiting(WireContext ctx) {
        if (ctx.keyExchange().isEmpty() || clientRaw(ctx.keyExchange().get())) {
            return false;
        }
        switch (ctx.keyExchange().get()) {
            case RSA: case RSA_EXPORT: case RSA_FIPS:
                return !ctx.version().contains(ProtocolVersion.SSL_3_0);
            case DH_DSS: case DH_RSA: case DHE_DSS: case DHE_RSA: case DH_ANON: case DH_DSS_EXPORT: case DH_RSA_EXPORT:
            case DHE_DSS_EXPORT: case DHE_RSA_EXPORT: case DH_ANON_EXPORT:
            case ECDH_ECDSA: case ECDH_RSA: case ECDHE_ECDSA: case ECDHE_RSA: case ECDH_ANON:
                return false;
            default:
                return true;
        }
    }

    private static boolean clientRaw(KeyExchangeAlgorithm kx) {
        switch (kx) {
            case KRB5: case KRB5_EXPORT: case FORTEZZA: case GOSTR341112_256: case GOSTR341001: case ECCPWD: case SM2: case NULL:
                return true;
            default:
                return false;
        }
    }

    private static boolean noServerKeyExchange(KeyExchangeAlgorithm kx) {
        switch (kx) {
            case DH_DSS: case DH_RSA: case DH_DSS_EXPORT: case DH_RSA_EXPORT: case ECDH_ECDSA: case ECDH_RSA:
                return true;
            default:
                return false;
        }
    }
}
