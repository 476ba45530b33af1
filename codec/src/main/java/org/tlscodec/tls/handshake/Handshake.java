package org.tlscodec.tls.handshake;

import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.codec.Select;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * The handshake framing, {@code struct { HandshakeType msg_type; uint24 length; select (msg_type)
 * { ... } body; } Handshake;} (RFC 8446 section 4, RFC 5246 section 7.4): a select on msg_type
 * whose body is framed by the uint24 length.
 *
 * <p>The codec is a function of the {@link WireContext}, because several bodies depend on what
 * was negotiated (DESIGN.md section 3). A message whose type is unknown, or whose context does not
 * say how to read it yet, is a {@link RawHandshakeMessage} that keeps its body; in a lenient
 * context a known message with a malformed body is a {@link MalformedHandshakeMessage} and
 * decoding goes on. Codecs are built once per distinct context: there are few.
 */
public final class Handshake {
    // Contexts are few (version x suite x certificate type x lenient in one session); the bound
    // only keeps a caller who makes many from growing the map without end.
    private static final int CACHE_LIMIT = 256;
    private static final ConcurrentHashMap<WireContext, Codec<HandshakeMessage>> CODECS = new ConcurrentHashMap<>();

    private static volatile @Nullable Memo last;

    private Handshake() {
    }

    /** The codec of one handshake message, header included, in {@code ctx}. */
    public static Codec<HandshakeMessage> codec(WireContext ctx) {
        // A record layer asks again and again in the context it is in: the last answer first.
        Memo memo = last;
        if (memo != null && memo.ctx().equals(ctx)) {
            return memo.codec();
        }
        Codec<HandshakeMessage> codec = CODECS.get(ctx);
        if (codec == null) {
            codec = build(ctx);
            if (CODECS.size() < CACHE_LIMIT) {
                CODECS.putIfAbsent(ctx, codec);
            }
        }
        last = new Memo(ctx, codec);
        return codec;
    }

    private record Memo(WireContext ctx, Codec<HandshakeMessage> codec) {
    }

    private static Codec<HandshakeMessage> build(WireContext ctx) {
        Select<HandshakeType, HandshakeMessage> s = Codecs.select(HandshakeType.CODEC, HandshakeMessage::msgType).framed(3).largeCases()
                .caseOf(HandshakeType.HELLO_REQUEST, "hello_request", HelloRequest.class, HelloRequest.CODEC)
                .caseOf(HandshakeType.CLIENT_HELLO, "client_hello", ClientHello.class, ClientHello.codec(ctx))
                .caseOf(HandshakeType.SERVER_HELLO, "server_hello", HandshakeMessage.class, ServerHello.withRetry(ctx))
                .caseOf(HandshakeType.HELLO_VERIFY_REQUEST, "hello_verify_request", HelloVerifyRequest.class, HelloVerifyRequest.CODEC)
                .caseOf(HandshakeType.END_OF_EARLY_DATA, "end_of_early_data", EndOfEarlyData.class, EndOfEarlyData.CODEC)
                .caseOf(HandshakeType.ENCRYPTED_EXTENSIONS, "encrypted_extensions", EncryptedExtensions.class, EncryptedExtensions.codec(ctx))
                .caseOf(HandshakeType.SERVER_HELLO_DONE, "server_hello_done", ServerHelloDone.class, ServerHelloDone.CODEC)
                .caseOf(HandshakeType.CERTIFICATE_URL, "certificate_url", CertificateUrl.class, CertificateUrl.CODEC)
                .caseOf(HandshakeType.CERTIFICATE_STATUS, "certificate_status", CertificateStatus.class, CertificateStatus.CODEC)
                .caseOf(HandshakeType.SUPPLEMENTAL_DATA, "supplemental_data", SupplementalData.class, SupplementalData.CODEC)
                .caseOf(HandshakeType.KEY_UPDATE, "key_update", KeyUpdate.class, KeyUpdate.CODEC)
                .caseOf(HandshakeType.COMPRESSED_CERTIFICATE, "compressed_certificate", CompressedCertificate.class, CompressedCertificate.CODEC)
                .caseOf(HandshakeType.NEXT_PROTOCOL, "next_protocol", NextProtocol.class, NextProtocol.CODEC)
                .caseOf(HandshakeType.MESSAGE_HASH, "message_hash", MessageHash.class, MessageHash.CODEC);
        s = caseIf(s, HandshakeType.NEW_SESSION_TICKET, "new_session_ticket", NewSessionTicket.class, NewSessionTicket.codec(ctx));
        s = caseIf(s, HandshakeType.CERTIFICATE, "certificate", Certificate.class, Certificate.codec(ctx));
        s = caseIf(s, HandshakeType.CERTIFICATE_REQUEST, "certificate_request", CertificateRequest.class, CertificateRequest.codec(ctx));
        s = caseIf(s, HandshakeType.CERTIFICATE_VERIFY, "certificate_verify", CertificateVerify.class, CertificateVerify.codec(ctx));
        s = caseIf(s, HandshakeType.FINISHED, "finished", Finished.class, Finished.codec(ctx));
        s = caseIf(s, HandshakeType.SERVER_KEY_EXCHANGE, "server_key_exchange", HandshakeMessage.class,
                keyExchange(HandshakeType.SERVER_KEY_EXCHANGE, ctx).map(Handshake::anyMessage));
        s = caseIf(s, HandshakeType.CLIENT_KEY_EXCHANGE, "client_key_exchange", HandshakeMessage.class,
                keyExchange(HandshakeType.CLIENT_KEY_EXCHANGE, ctx).map(Handshake::anyMessage));
        if (ctx.lenient()) {
            s = s.lenient(MalformedHandshakeMessage.class, MalformedHandshakeMessage::new, MalformedHandshakeMessage::body);
        }
        return s.otherwise(RawHandshakeMessage.class, RawHandshakeMessage::new, RawHandshakeMessage::body)
                .named("Handshake[" + describe(ctx) + "]");
    }

    // The key exchange messages take their shape from the suite's key exchange (RFC 5246 section
    // 7.4.3, 7.4.7); their codecs come from ServerKeyExchange.codec(ctx) / ClientKeyExchange.codec(ctx).
    // Without a key exchange in the context (no suite yet, or a TLS 1.3 suite), the body stays raw.
    private static Option<Codec<? extends HandshakeMessage>> keyExchange(HandshakeType type, WireContext ctx) {
        if (ctx.keyExchange().isEmpty()) {
            return Option.none();
        }
        return Option.some(type.equals(HandshakeType.SERVER_KEY_EXCHANGE)
                ? ServerKeyExchange.codec(ctx)
                : ClientKeyExchange.codec(ctx));
    }

    private static <B extends HandshakeMessage> Select<HandshakeType, HandshakeMessage> caseIf(
            Select<HandshakeType, HandshakeMessage> s, HandshakeType tag, String name, Class<B> type, Option<Codec<B>> codec) {
        return codec.isDefined() ? s.caseOf(tag, name, type, codec.get()) : s;
    }

    /** A variant's codec as a codec of the family, refusing to encode a value of another variant. */
    static <A, B extends A> Codec<A> upcast(Codec<B> codec, Class<B> type) {
        return new VariantCodec<>(codec, type, a -> "expected a " + type.getSimpleName() + ", given a " + a.getClass().getSimpleName());
    }

    // The select dispatches on msg_type, so a value reaching this case has the message's type; a
    // foreign implementation of HandshakeMessage under that type fails inside the write, as Unexpected.
    @SuppressWarnings("unchecked")
    private static Codec<HandshakeMessage> anyMessage(Codec<? extends HandshakeMessage> codec) {
        return (Codec<HandshakeMessage>) codec;
    }

    private static String describe(WireContext ctx) {
        return ctx.version().map(String::valueOf).getOrElse("version unknown")
                + ", " + ctx.cipherSuite().map(String::valueOf).getOrElse("suite unknown")
                + (ctx.certificateType().equals(org.tlscodec.tls.registry.CertificateType.X509) ? "" : ", " + ctx.certificateType())
                + (ctx.lenient() ? ", lenient" : "");
    }
}
