package org.tlscodec.vectors.tls.handshake;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.handshake.EncryptedExtensions;
import org.tlscodec.tls.handshake.EndOfEarlyData;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRequest;
import org.tlscodec.tls.handshake.HelloVerifyRequest;
import org.tlscodec.tls.handshake.KeyUpdate;
import org.tlscodec.tls.handshake.MessageHash;
import org.tlscodec.tls.handshake.NewSessionTicket;
import org.tlscodec.tls.handshake.NextProtocol;
import org.tlscodec.tls.handshake.RawHandshakeMessage;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.handshake.SupplementalData;
import org.tlscodec.tls.handshake.SupplementalDataEntry;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.extension.ExtensionGens;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Handshake messages: one generator per message, and {@link #message} for every message a context
 * reads (typed where the context says how, raw where it does not). The version-dependent messages
 * follow the context's version the way the RFCs define them.
 */
public final class HandshakeGens {
    /** The types every context reads, whatever was negotiated. */
    private static final Set<HandshakeType> ALWAYS = HashSet.of(
            HandshakeType.HELLO_REQUEST, HandshakeType.CLIENT_HELLO, HandshakeType.SERVER_HELLO, HandshakeType.HELLO_VERIFY_REQUEST,
            HandshakeType.END_OF_EARLY_DATA, HandshakeType.ENCRYPTED_EXTENSIONS, HandshakeType.SERVER_HELLO_DONE,
            HandshakeType.CERTIFICATE_URL, HandshakeType.CERTIFICATE_STATUS, HandshakeType.SUPPLEMENTAL_DATA,
            HandshakeType.KEY_UPDATE, HandshakeType.COMPRESSED_CERTIFICATE, HandshakeType.NEXT_PROTOCOL, HandshakeType.MESSAGE_HASH);

    /** The types read once the version is known. */
    private static final Set<HandshakeType> VERSIONED = HashSet.of(
            HandshakeType.NEW_SESSION_TICKET, HandshakeType.CERTIFICATE, HandshakeType.CERTIFICATE_REQUEST,
            HandshakeType.CERTIFICATE_VERIFY, HandshakeType.FINISHED);

    /** Typed by the key exchange helper's codecs once wired: never generated raw here, so the laws hold either way. */
    private static final Set<HandshakeType> KEY_EXCHANGE = HashSet.of(HandshakeType.SERVER_KEY_EXCHANGE, HandshakeType.CLIENT_KEY_EXCHANGE);

    private HandshakeGens() {
    }

    private enum Family { SSL3, TLS10_11, TLS12, TLS13 }

    private static Option<Family> family(WireContext ctx) {
        return ctx.version().flatMap(HandshakeGens::family);
    }

    private static Option<Family> family(ProtocolVersion v) {
        if (v.isTls13OrLater()) {
            return Option.some(Family.TLS13);
        }
        switch (v.code()) {
            case 0x0300: return Option.some(Family.SSL3);
            case 0x0301: case 0x0302: case 0xfeff: return Option.some(Family.TLS10_11);
            case 0x0303: case 0xfefd: return Option.some(Family.TLS12);
            default: return Option.none();
        }
    }

    public static Gen<HelloRequest> helloRequest() {
        return Gen.constant(new HelloRequest());
    }

    public static Gen<EndOfEarlyData> endOfEarlyData() {
        return Gen.constant(new EndOfEarlyData());
    }

    public static Gen<ServerHelloDone> serverHelloDone() {
        return Gen.constant(new ServerHelloDone());
    }

    public static Gen<HelloVerifyRequest> helloVerifyRequest() {
        return Gen.zipWith(RegistryGens.protocolVersion(), Gen.bytes(0, 32), HelloVerifyRequest::new);
    }

    public static Gen<EncryptedExtensions> encryptedExtensions() {
        return ExtensionGens.list(ExtensionContext.ENCRYPTED_EXTENSIONS, 6).map(EncryptedExtensions::new);
    }

    public static Gen<KeyUpdate> keyUpdate() {
        return RegistryGens.keyUpdateRequest().map(KeyUpdate::new);
    }

    public static Gen<MessageHash> messageHash() {
        return Gen.oneOf(Gen.bytes(32), Gen.bytes(48), Gen.bytes(0, 64)).map(MessageHash::new);
    }

    public static Gen<NextProtocol> nextProtocol() {
        return Gen.zipWith(Gen.bytes(0, 16), Gen.bytes(0, 32), NextProtocol::new);
    }

    public static Gen<SupplementalDataEntry> supplementalDataEntry() {
        return Gen.zipWith(RegistryGens.supplementalDataType(), Gen.bytes(0, 24), SupplementalDataEntry::new);
    }

    public static Gen<SupplementalData> supplementalData() {
        return Gen.listOf(supplementalDataEntry(), 1, 3).map(SupplementalData::new);
    }

    public static Gen<NewSessionTicket.Tls12> newSessionTicketTls12() {
        return Gen.zipWith(Gen.longs(0, 0xffffffffL), Gen.bytes(0, 64), NewSessionTicket.Tls12::new);
    }

    public static Gen<NewSessionTicket.Tls13> newSessionTicketTls13() {
        return c -> new NewSessionTicket.Tls13(Gen.longs(0, 0xffffffffL).generate(c), Gen.longs(0, 0xffffffffL).generate(c),
                Gen.bytes(0, 8).generate(c), Gen.bytes(1, 64).generate(c),
                ExtensionGens.list(ExtensionContext.NEW_SESSION_TICKET, 3).generate(c));
    }

    /** Finished with the verify_data length of the context; none while the version is unknown. */
    public static Option<Gen<Finished>> finished(WireContext ctx) {
        return family(ctx).map(f -> {
            switch (f) {
                case SSL3: return Gen.bytes(36).map(Finished::new);
                case TLS10_11: case TLS12: return Gen.bytes(12).map(Finished::new);
                default: return finishedTls13(ctx.cipherSuite()).map(Finished::new);
            }
        });
    }

    private static Gen<Bytes> finishedTls13(Option<CipherSuite> suite) {
        Option<String> name = suite.flatMap(s -> s.name());
        if (name.exists(n -> n.endsWith("_SHA384"))) {
            return Gen.bytes(48);
        }
        if (name.exists(n -> n.endsWith("_SHA256") || n.endsWith("_SM3"))) {
            return Gen.bytes(32);
        }
        return Gen.bytes(0, 64);
    }

    /** A message the context does not read, kept raw: an unknown type, or a versioned one while the version is unknown. */
    public static Gen<RawHandshakeMessage> raw(WireContext ctx) {
        boolean versionKnown = family(ctx).isDefined();
        Gen<HandshakeType> type = RegistryGens.handshakeType().filter(t -> !ALWAYS.contains(t) && !KEY_EXCHANGE.contains(t)
                && !(versionKnown && VERSIONED.contains(t)));
        return Gen.zipWith(type, Gen.bytes(0, 40), RawHandshakeMessage::new);
    }

    /** Any message {@code ctx} reads, in the form it reads it. */
    public static Gen<HandshakeMessage> message(WireContext ctx) {
        Vector<Gen<? extends HandshakeMessage>> gens = Vector.of(
                helloRequest(), HelloGens.clientHello(), HelloGens.serverHello(), HelloGens.helloRetryRequest(),
                helloVerifyRequest(), endOfEarlyData(), encryptedExtensions(), serverHelloDone(), keyUpdate(), messageHash(),
                nextProtocol(), supplementalData(), CertificateGens.certificateUrl(), CertificateGens.certificateStatus(),
                CertificateGens.compressedCertificate(), raw(ctx));
        Option<Family> f = family(ctx);
        if (f.isDefined()) {
            boolean tls13 = f.get() == Family.TLS13;
            boolean withAlgorithm = f.get() == Family.TLS12 || tls13;
            gens = gens.append(tls13 ? newSessionTicketTls13() : newSessionTicketTls12())
                    .append(tls13 ? CertificateGens.certificateRequestTls13() : CertificateGens.certificateRequestTls12(withAlgorithm))
                    .append(CertificateGens.certificateVerify(withAlgorithm))
                    .appendAll(finished(ctx))
                    .appendAll(CertificateGens.certificate(ctx));
        }
        return Gen.oneOf(gens).map(m -> (HandshakeMessage) m);
    }
}
