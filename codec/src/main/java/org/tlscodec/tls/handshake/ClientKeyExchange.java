package org.tlscodec.tls.handshake;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * ClientKeyExchange (RFC 5246 section 7.4.7): {@code select (KeyExchangeAlgorithm) { ... } exchange_keys;}.
 * As for {@link ServerKeyExchange} the selector is the negotiated suite's key exchange, so the
 * codec is a function of the {@link WireContext}:
 * <ul>
 *   <li>RSA, RSA_EXPORT: {@link ClientKeyExchangeRsa}, with its length in TLS, without in SSL 3.0;</li>
 *   <li>every finite-field DH key exchange: {@link ClientKeyExchangeDh} (explicit or implicit);</li>
 *   <li>every elliptic-curve DH key exchange: {@link ClientKeyExchangeEcdh} (RFC 8422 section 5.7);</li>
 *   <li>PSK, RSA_PSK, DHE_PSK (RFC 4279), ECDHE_PSK (RFC 5489): the identity then the key part;</li>
 *   <li>SRP (RFC 5054 section 2.8): {@link ClientKeyExchangeSrp};</li>
 *   <li>anything else (KRB5, FORTEZZA, GOST, ECCPWD, SM2, NULL: see {@link ClientKeyExchangeRaw}) and
 *       an unknown suite: {@link ClientKeyExchangeRaw}.</li>
 * </ul>
 * A lenient context keeps a body that does not decode as {@link ClientKeyExchangeMalformed}.
 *
 * <p>No default methods here: the variants must not initialise this interface while it builds its
 * codec tables from them.
 */
public sealed interface ClientKeyExchange extends HandshakeMessage permits ClientKeyExchangeRsa, ClientKeyExchangeDh, ClientKeyExchangeEcdh,
        ClientKeyExchangePsk, ClientKeyExchangeRsaPsk, ClientKeyExchangeDhePsk, ClientKeyExchangeEcdhePsk, ClientKeyExchangeSrp,
        ClientKeyExchangeRaw, ClientKeyExchangeMalformed {

    /** Always client_key_exchange. */
    HandshakeType msgType();

    /** The codec of the body (after the handshake header) under {@code ctx}. */
    static Codec<ClientKeyExchange> codec(WireContext ctx) {
        boolean ssl3 = ctx.version().contains(ProtocolVersion.SSL_3_0);
        Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> table = ctx.lenient()
                ? (ssl3 ? Tables.LENIENT_SSL3 : Tables.LENIENT_TLS)
                : (ssl3 ? Tables.SSL3 : Tables.TLS);
        Codec<ClientKeyExchange> raw = ctx.lenient() ? Tables.LENIENT_RAW : Tables.RAW;
        return ctx.keyExchange().flatMap(table::get).getOrElse(raw);
    }

    /** The codecs per key exchange, built once on first use; not an API. */
    final class Tables {
        static final Codec<ClientKeyExchange> RAW = only(ClientKeyExchangeRaw.class, ClientKeyExchangeRaw.CODEC);
        static final Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> TLS = table(ClientKeyExchangeRsa.TLS);
        static final Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> SSL3 = table(ClientKeyExchangeRsa.SSL3);
        static final Codec<ClientKeyExchange> LENIENT_RAW = lenient(RAW);
        static final Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> LENIENT_TLS = TLS.mapValues(Tables::lenient);
        static final Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> LENIENT_SSL3 = SSL3.mapValues(Tables::lenient);

        private Tables() {
        }

        private static Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> table(Codec<ClientKeyExchangeRsa> rsaCodec) {
            Codec<ClientKeyExchange> rsa = only(ClientKeyExchangeRsa.class, rsaCodec);
            Codec<ClientKeyExchange> dh = only(ClientKeyExchangeDh.class, ClientKeyExchangeDh.CODEC);
            Codec<ClientKeyExchange> ecdh = only(ClientKeyExchangeEcdh.class, ClientKeyExchangeEcdh.CODEC);
            Codec<ClientKeyExchange> srp = only(ClientKeyExchangeSrp.class, ClientKeyExchangeSrp.CODEC);
            Map<KeyExchangeAlgorithm, Codec<ClientKeyExchange>> t = HashMap.empty();
            for (KeyExchangeAlgorithm kx : new KeyExchangeAlgorithm[] {KeyExchangeAlgorithm.RSA, KeyExchangeAlgorithm.RSA_EXPORT,
                    KeyExchangeAlgorithm.RSA_FIPS}) {
                t = t.put(kx, rsa);
            }
            for (KeyExchangeAlgorithm kx : new KeyExchangeAlgorithm[] {KeyExchangeAlgorithm.DH_DSS, KeyExchangeAlgorithm.DH_RSA,
                    KeyExchangeAlgorithm.DHE_DSS, KeyExchangeAlgorithm.DHE_RSA, KeyExchangeAlgorithm.DH_ANON,
                    KeyExchangeAlgorithm.DH_DSS_EXPORT, KeyExchangeAlgorithm.DH_RSA_EXPORT, KeyExchangeAlgorithm.DHE_DSS_EXPORT,
                    KeyExchangeAlgorithm.DHE_RSA_EXPORT, KeyExchangeAlgorithm.DH_ANON_EXPORT}) {
                t = t.put(kx, dh);
            }
            for (KeyExchangeAlgorithm kx : new KeyExchangeAlgorithm[] {KeyExchangeAlgorithm.ECDH_ECDSA, KeyExchangeAlgorithm.ECDH_RSA,
                    KeyExchangeAlgorithm.ECDHE_ECDSA, KeyExchangeAlgorithm.ECDHE_RSA, KeyExchangeAlgorithm.ECDH_ANON}) {
                t = t.put(kx, ecdh);
            }
            return t.put(KeyExchangeAlgorithm.PSK, only(ClientKeyExchangePsk.class, ClientKeyExchangePsk.CODEC))
                    .put(KeyExchangeAlgorithm.RSA_PSK, only(ClientKeyExchangeRsaPsk.class, ClientKeyExchangeRsaPsk.CODEC))
                    .put(KeyExchangeAlgorithm.DHE_PSK, only(ClientKeyExchangeDhePsk.class, ClientKeyExchangeDhePsk.CODEC))
                    .put(KeyExchangeAlgorithm.ECDHE_PSK, only(ClientKeyExchangeEcdhePsk.class, ClientKeyExchangeEcdhePsk.CODEC))
                    .put(KeyExchangeAlgorithm.SRP_SHA, srp)
                    .put(KeyExchangeAlgorithm.SRP_SHA_RSA, srp)
                    .put(KeyExchangeAlgorithm.SRP_SHA_DSS, srp);
        }

        /** The variant's codec as one of the union; encoding another variant is an error naming both. */
        private static <B extends ClientKeyExchange> Codec<ClientKeyExchange> only(Class<B> type, Codec<B> codec) {
            return new VariantCodec<>(codec, type, v -> "this key exchange has a " + type.getSimpleName() + ", not a "
                    + v.getClass().getSimpleName());
        }

        private static Codec<ClientKeyExchange> lenient(Codec<ClientKeyExchange> strict) {
            return Codecs.lenient(strict,
                    v -> v instanceof ClientKeyExchangeMalformed m ? Option.some(m.body()) : Option.none(),
                    ClientKeyExchangeMalformed::new);
        }
    }
}
