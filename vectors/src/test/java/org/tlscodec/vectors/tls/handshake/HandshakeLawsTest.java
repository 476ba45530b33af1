package org.tlscodec.vectors.tls.handshake;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.laws.CodecLaws;

/** The codec laws of the handshake framing, over every message each context reads, from the generators. */
class HandshakeLawsTest {
    static final WireContext TLS12 = WireContext.negotiated(ProtocolVersion.TLS_1_2, CipherSuite.of(0xc02f));
    static final WireContext TLS13 = WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256);

    private static Stream<DynamicTest> laws(String name, WireContext ctx) {
        return CodecLaws.of("Handshake " + name, Handshake.codec(ctx), HandshakeGens.message(ctx)).laws().toJavaStream()
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }

    @TestFactory
    Stream<DynamicTest> everyMessageOfTls12KeepsTheLaws() {
        return laws("TLS 1.2", TLS12);
    }

    @TestFactory
    Stream<DynamicTest> everyMessageOfTls13KeepsTheLaws() {
        return laws("TLS 1.3", TLS13);
    }

    @TestFactory
    Stream<DynamicTest> everyMessageBeforeNegotiationKeepsTheLaws() {
        return laws("initial", WireContext.initial());
    }

    @TestFactory
    Stream<DynamicTest> theOtherFormsKeepTheLaws() {
        return Stream.of(
                laws("TLS 1.3 lenient", TLS13.withLenient(true)),
                laws("SSL 3.0", WireContext.negotiated(ProtocolVersion.SSL_3_0, CipherSuite.of(0x000a))),
                laws("TLS 1.0", WireContext.negotiated(ProtocolVersion.TLS_1_0, CipherSuite.of(0xc014))),
                laws("TLS 1.2 raw public keys", TLS12.withCertificateType(CertificateType.RAW_PUBLIC_KEY)),
                laws("TLS 1.3 SHA-384", TLS13.withCipherSuite(CipherSuite.TLS_AES_256_GCM_SHA384)),
                laws("TLS 1.3 unknown suite", TLS13.withCipherSuite(CipherSuite.of(0x13ff))))
                .flatMap(s -> s);
    }
}
