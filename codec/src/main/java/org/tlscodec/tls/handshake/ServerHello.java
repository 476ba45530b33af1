package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.SupportedVersionsServerHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * ServerHello (RFC 8446 section 4.1.3, RFC 5246 section 7.4.1.3): the same struct in every
 * version, with TLS 1.3's names. Extensions are optional as in the ClientHello (servers before
 * RFC 3546 send none). The random is read as TLS 1.3 reads it when supported_versions selects
 * TLS 1.3, else as the TLS 1.2 struct.
 *
 * <p>A server_hello whose random is the HelloRetryRequest constant is a {@link HelloRetryRequest}
 * (RFC 8446 section 4.1.3), with the extensions of that message: {@link #withRetry} reads the
 * random first and picks.
 */
public record ServerHello(
        ProtocolVersion legacyVersion,
        Random random,
        Bytes legacySessionIdEcho,
        CipherSuite cipherSuite,
        CompressionMethod legacyCompressionMethod,
        Option<Vector<Extension>> extensions) implements HandshakeMessage {

    private static final Codec<ServerHello> STRICT = build(false);
    private static final Codec<ServerHello> LENIENT = build(true);
    private static final Codec<HandshakeMessage> STRICT_WITH_RETRY = new HelloOrRetry(STRICT, HelloRetryRequest.codec(false));
    private static final Codec<HandshakeMessage> LENIENT_WITH_RETRY = new HelloOrRetry(LENIENT, HelloRetryRequest.codec(true));

    /** The strict codec of a ServerHello proper (a HelloRetryRequest random is taken as any other). */
    public static final Codec<ServerHello> CODEC = STRICT;

    /** The codec of a ServerHello proper, strict or lenient as the context says. */
    public static Codec<ServerHello> codec(WireContext ctx) {
        return ctx.lenient() ? LENIENT : STRICT;
    }

    /** The codec of a server_hello body: a {@link HelloRetryRequest} when the random says so, else a {@link ServerHello}. */
    public static Codec<HandshakeMessage> withRetry(WireContext ctx) {
        return ctx.lenient() ? LENIENT_WITH_RETRY : STRICT_WITH_RETRY;
    }

    private static Codec<ServerHello> build(boolean lenient) {
        return struct(
                field("legacy_version", ProtocolVersion.CODEC, ServerHello::legacyVersion),
                field("random", fixed(32), (ServerHello h) -> h.random().bytes()),
                field("legacy_session_id_echo", opaque(1, 0, 32), ServerHello::legacySessionIdEcho),
                field("cipher_suite", CipherSuite.CODEC, ServerHello::cipherSuite),
                field("legacy_compression_method", CompressionMethod.CODEC, ServerHello::legacyCompressionMethod),
                field("extensions", optional(Extensions.list(ExtensionContext.SERVER_HELLO, lenient)), ServerHello::extensions),
                (v, r, sid, suite, comp, ext) -> new ServerHello(v, Random.of(r, selectsTls13(ext)), sid, suite, comp, ext));
    }

    /**
     * A server_hello body: the random sits after the 2-byte legacy_version; it is looked at in
     * place, then the chosen struct reads the body from its start. A codec of its own, since this
     * runs for every ServerHello: peeking through codecs sliced and mapped the 34 bytes each time.
     */
    private static final class HelloOrRetry implements Codec<HandshakeMessage> {
        private static final int VERSION_AND_RANDOM = 2 + 32;
        private final Codec<ServerHello> hello;
        private final Codec<HelloRetryRequest> retry;

        HelloOrRetry(Codec<ServerHello> hello, Codec<HelloRetryRequest> retry) {
            this.hello = hello;
            this.retry = retry;
        }

        @Override
        public HandshakeMessage read(ByteReader in) {
            in.require(VERSION_AND_RANDOM);
            return in.lookingAt(2, Random.HELLO_RETRY_REQUEST) ? retry.read(in) : hello.read(in);
        }

        @Override
        public void write(ByteWriter out, HandshakeMessage m) {
            if (m instanceof HelloRetryRequest r) {
                retry.write(out, r);
            } else if (m instanceof ServerHello h) {
                hello.write(out, h);
            } else {
                throw new CodecFailure(new CodecError.Invalid(Path.root(), out.size(), "not a ServerHello: " + m.getClass().getSimpleName()));
            }
        }

        @Override
        public Rendered render(HandshakeMessage m) {
            if (m instanceof HelloRetryRequest r) {
                return retry.render(r);
            }
            return m instanceof ServerHello h ? hello.render(h) : Rendered.of(m);
        }

        @Override
        public String toString() {
            return "ServerHello | HelloRetryRequest";
        }
    }

    /** True when supported_versions selects TLS 1.3 (or a draft of it). */
    public static boolean selectsTls13(Option<Vector<Extension>> extensions) {
        // Indexed loops here and below: every hello decoded asks, and Vavr's exists and find would
        // allocate iterators, lambdas and options.
        if (extensions.isEmpty()) {
            return false;
        }
        Vector<Extension> list = extensions.get();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof SupportedVersionsServerHello selected && selected.selectedVersion().isTls13OrLater()) {
                return true;
            }
        }
        return false;
    }

    /** The version this hello negotiates: supported_versions' selected_version, else legacy_version (RFC 8446 section 4.2.1). */
    public ProtocolVersion negotiatedVersion() {
        if (extensions.isDefined()) {
            Vector<Extension> list = extensions.get();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof SupportedVersionsServerHello selected) {
                    return selected.selectedVersion();
                }
            }
        }
        return legacyVersion;
    }

    /** The TLS 1.3 downgrade sentinel in the random, if any (RFC 8446 section 4.1.3). */
    public Option<ProtocolVersion> downgradeSentinel() {
        return random.downgradeSentinel();
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_HELLO;
    }
}
