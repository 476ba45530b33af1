package org.tlscodec.vectors.tls.handshake;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.SupportedVersionsClientHello;
import org.tlscodec.tls.extension.SupportedVersionsServerHello;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.extension.ExtensionGens;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * The hellos: ClientHello, ServerHello and HelloRetryRequest, with or without an extensions block.
 * The random takes the form the version in the hello's supported_versions implies (32 opaque bytes
 * when TLS 1.3 is offered or selected, the clock-and-bytes struct otherwise), as the codecs read it.
 */
public final class HelloGens {
    private static final int MAX_EXTENSIONS = 6;

    private HelloGens() {
    }

    /** 32 random bytes, never the HelloRetryRequest constant. */
    public static Gen<Bytes> randomBytes() {
        return Gen.bytes(32).filter(b -> !b.equals(Random.HELLO_RETRY_REQUEST));
    }

    /** Either form of a random. */
    public static Gen<Random> random() {
        return Gen.oneOf(
                Gen.zipWith(Gen.longs(0, 0xffffffffL), Gen.bytes(28), (t, b) -> (Random) new Random.Tls12(t, b)),
                Gen.bytes(32).map(b -> (Random) new Random.Tls13(b)));
    }

    static Random randomFor(Bytes b, boolean tls13) {
        if (tls13) {
            return new Random.Tls13(b);
        }
        long clock = ((long) b.get(0) << 24) | (b.get(1) << 16) | (b.get(2) << 8) | b.get(3);
        return new Random.Tls12(clock, b.drop(4));
    }

    private static Gen<Option<Vector<Extension>>> extensions(ExtensionContext context) {
        return Gen.optionOf(ExtensionGens.list(context, MAX_EXTENSIONS));
    }

    public static Gen<ClientHello> clientHello() {
        Gen<ProtocolVersion> version = RegistryGens.protocolVersion();
        Gen<Bytes> random = randomBytes();
        Gen<Bytes> sessionId = Gen.bytes(0, 32);
        Gen<Vector<CipherSuite>> suites = Gen.listOf(RegistryGens.cipherSuite(), 1, 12);
        Gen<Vector<CompressionMethod>> compression = Gen.listOf(RegistryGens.compressionMethod(), 1, 3);
        Gen<Option<Vector<Extension>>> extensions = extensions(ExtensionContext.CLIENT_HELLO);
        return c -> {
            ProtocolVersion v = version.generate(c);
            Bytes r = random.generate(c);
            Bytes sid = sessionId.generate(c);
            Vector<CipherSuite> cs = suites.generate(c);
            Vector<CompressionMethod> cm = compression.generate(c);
            Option<Vector<Extension>> ext = extensions.generate(c);
            boolean tls13 = ext.exists(list -> list.exists(e -> e instanceof SupportedVersionsClientHello
                    && ((SupportedVersionsClientHello) e).versions().exists(ProtocolVersion::isTls13OrLater)));
            return new ClientHello(v, randomFor(r, tls13), sid, cs, cm, ext);
        };
    }

    public static Gen<ServerHello> serverHello() {
        Gen<ProtocolVersion> version = RegistryGens.protocolVersion();
        Gen<Bytes> random = randomBytes();
        Gen<Bytes> sessionId = Gen.bytes(0, 32);
        Gen<Option<Vector<Extension>>> extensions = extensions(ExtensionContext.SERVER_HELLO);
        return c -> {
            ProtocolVersion v = version.generate(c);
            Bytes r = random.generate(c);
            Bytes sid = sessionId.generate(c);
            CipherSuite cs = RegistryGens.cipherSuite().generate(c);
            CompressionMethod cm = RegistryGens.compressionMethod().generate(c);
            Option<Vector<Extension>> ext = extensions.generate(c);
            boolean tls13 = ext.exists(list -> list.exists(e -> e instanceof SupportedVersionsServerHello
                    && ((SupportedVersionsServerHello) e).selectedVersion().isTls13OrLater()));
            return new ServerHello(v, randomFor(r, tls13), sid, cs, cm, ext);
        };
    }

    public static Gen<HelloRetryRequest> helloRetryRequest() {
        Gen<Bytes> sessionId = Gen.bytes(0, 32);
        Gen<Option<Vector<Extension>>> extensions = extensions(ExtensionContext.HELLO_RETRY_REQUEST);
        return c -> new HelloRetryRequest(RegistryGens.protocolVersion().generate(c), sessionId.generate(c),
                RegistryGens.cipherSuite().generate(c), RegistryGens.compressionMethod().generate(c), extensions.generate(c));
    }
}
