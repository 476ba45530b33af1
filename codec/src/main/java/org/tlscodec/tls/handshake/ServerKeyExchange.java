package org.tlscodec.tls.handshake;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * ServerKeyExchange (RFC 5246 section 7.4.3): {@code select (KeyExchangeAlgorithm) { ... }}. The
 * selector is not on the wire: it is the key exchange of the negotiated suite, and the signature's
 * shape is the version's, so the codec is a function of the {@link WireContext}:
 * <ul>
 *   <li>DHE_DSS, DHE_RSA and their exports: {@link ServerKeyExchangeDh} signed; DH_anon unsigned;</li>
 *   <li>ECDHE_ECDSA, ECDHE_RSA: {@link ServerKeyExchangeEcdh} signed; ECDH_anon unsigned (RFC 8422 section 5.4);</li>
 *   <li>RSA, RSA_EXPORT: {@link ServerKeyExchangeRsa} (RFC 2246/4346: the only shape ever defined for an RSA suite);</li>
 *   <li>PSK, RSA_PSK: {@link ServerKeyExchangePsk}; DHE_PSK: {@link ServerKeyExchangeDhePsk} (RFC 4279);
 *       ECDHE_PSK: {@link ServerKeyExchangeEcdhePsk} (RFC 5489);</li>
 *   <li>SRP_SHA: {@link ServerKeyExchangeSrp} unsigned; SRP_SHA_RSA, SRP_SHA_DSS signed (RFC 5054 section 2.6);</li>
 *   <li>anything else, and an unknown suite: {@link ServerKeyExchangeRaw}, so a caller can always decode.</li>
 * </ul>
 * A lenient context keeps a body that does not decode as {@link ServerKeyExchangeMalformed}.
 *
 * <p>No default methods here: the variants must not initialise this interface while it builds its
 * codec tables from them.
 */
public sealed interface ServerKeyExchange extends HandshakeMessage permits ServerKeyExchangeDh, ServerKeyExchangeEcdh, ServerKeyExchangeRsa,
        ServerKeyExchangePsk, ServerKeyExchangeDhePsk, ServerKeyExchangeEcdhePsk, ServerKeyExchangeSrp, ServerKeyExchangeRaw,
        ServerKeyExchangeMalformed {

    /** Always server_key_exchange. */
    HandshakeType msgType();

    /** The codec of the body (after the handshake header) under {@code ctx}. */
    static Codec<ServerKeyExchange> codec(WireContext ctx) {
        boolean tls12 = DigitallySigned.withAlgorithm(ctx);
        Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> table = ctx.lenient()
                ? (tls12 ? Tables.LENIENT_TLS12 : Tables.LENIENT_LEGACY)
                : (tls12 ? Tables.TLS12 : Tables.LEGACY);
        Codec<ServerKeyExchange> raw = ctx.lenient() ? Tables.LENIENT_RAW : Tables.RAW;
        return ctx.keyExchange().flatMap(table::get).getOrElse(raw);
    }

    /** The codecs per key exchange, built once on first use; not an API. */
    final class Tables {
        static final Codec<ServerKeyExchange> RAW = only(ServerKeyExchangeRaw.class, ServerKeyExchangeRaw.CODEC);
        static final Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> TLS12 = table(DigitallySigned.TLS12);
        static final Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> LEGACY = table(DigitallySigned.LEGACY);
        static final Codec<ServerKeyExchange> LENIENT_RAW = lenient(RAW);
        static final Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> LENIENT_TLS12 = TLS12.mapValues(Tables::lenient);
        static final Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> LENIENT_LEGACY = LEGACY.mapValues(Tables::lenient);

        private Tables() {
        }

        private static Map<KeyExchangeAlgorithm, Codec<ServerKeyExchange>> table(Codec<DigitallySigned> signature) {
            Option<Codec<DigitallySigned>> signed = Option.some(signature);
            Option<Codec<DigitallySigned>> anonymous = Option.none();
            Codec<ServerKeyExchange> dhe = only(ServerKeyExchangeDh.class, ServerKeyExchangeDh.codec(signed));
            Codec<ServerKeyExchange> dhAnon = only(ServerKeyExchangeDh.class, ServerKeyExchangeDh.codec(anonymous));
            Codec<ServerKeyExchange> ecdhe = only(ServerKeyExchangeEcdh.class, ServerKeyExchangeEcdh.codec(signed));
            Codec<ServerKeyExchange> rsa = only(ServerKeyExchangeRsa.class, ServerKeyExchangeRsa.codec(signature));
            Codec<ServerKeyExchange> psk = only(ServerKeyExchangePsk.class, ServerKeyExchangePsk.CODEC);
            Codec<ServerKeyExchange> srpSigned = only(ServerKeyExchangeSrp.class, ServerKeyExchangeSrp.codec(signed));
            return HashMap.<KeyExchangeAlgorithm, Codec<ServerKeyExchange>>empty()
                    .put(KeyExchangeAlgorithm.DHE_DSS, dhe)
                    .put(KeyExchangeAlgorithm.DHE_RSA, dhe)
                    .put(KeyExchangeAlgorithm.DHE_DSS_EXPORT, dhe)
                    .put(KeyExchangeAlgorithm.DHE_RSA_EXPORT, dhe)
                    .put(KeyExchangeAlgorithm.DH_ANON, dhAnon)
                    .put(KeyExchangeAlgorithm.DH_ANON_EXPORT, dhAnon)
                    .put(KeyExchangeAlgorithm.ECDHE_ECDSA, ecdhe)
                    .put(KeyExchangeAlgorithm.ECDHE_RSA, ecdhe)
                    .put(KeyExchangeAlgorithm.ECDH_ANON, only(ServerKeyExchangeEcdh.class, ServerKeyExchangeEcdh.codec(anonymous)))
                    .put(KeyExchangeAlgorithm.RSA, rsa)
                    .put(KeyExchangeAlgorithm.RSA_EXPORT, rsa)
                    .put(KeyExchangeAlgorithm.RSA_FIPS, rsa)
                    .put(KeyExchangeAlgorithm.PSK, psk)
                    .put(KeyExchangeAlgorithm.RSA_PSK, psk)
                    .put(KeyExchangeAlgorithm.DHE_PSK, only(ServerKeyExchangeDhePsk.class, ServerKeyExchangeDhePsk.CODEC))
                    .put(KeyExchangeAlgorithm.ECDHE_PSK, only(ServerKeyExchangeEcdhePsk.class, ServerKeyExchangeEcdhePsk.CODEC))
                    .put(KeyExchangeAlgorithm.SRP_SHA, only(ServerKeyExchangeSrp.class, ServerKeyExchangeSrp.codec(anonymous)))
                    .put(KeyExchangeAlgorithm.SRP_SHA_RSA, srpSigned)
                    .put(KeyExchangeAlgorithm.SRP_SHA_DSS, srpSigned);
        }

        /** The variant's codec as one of the union; encoding another variant is an error naming both. */
        private static <B extends ServerKeyExchange> Codec<ServerKeyExchange> only(Class<B> type, Codec<B> codec) {
            return new VariantCodec<>(codec, type, v -> "this key exchange has a " + type.getSimpleName() + ", not a "
                    + v.getClass().getSimpleName());
        }

        private static Codec<ServerKeyExchange> lenient(Codec<ServerKeyExchange> strict) {
            return Codecs.lenient(strict,
                    v -> v instanceof ServerKeyExchangeMalformed m ? Option.some(m.body()) : Option.none(),
                    ServerKeyExchangeMalformed::new);
        }
    }
}
