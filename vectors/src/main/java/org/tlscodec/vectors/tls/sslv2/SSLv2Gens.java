package org.tlscodec.vectors.tls.sslv2;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.tls.registry.SSLv2AuthenticationType;
import org.tlscodec.tls.registry.SSLv2CertificateType;
import org.tlscodec.tls.sslv2.SSLv2ClientCertificate;
import org.tlscodec.tls.sslv2.SSLv2ClientFinished;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2Error;
import org.tlscodec.tls.registry.SSLv2ErrorCode;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.tls.registry.SSLv2MessageType;
import org.tlscodec.tls.sslv2.SSLv2MessageUnknown;
import org.tlscodec.tls.sslv2.SSLv2RequestCertificate;
import org.tlscodec.tls.sslv2.SSLv2ServerFinished;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;
import org.tlscodec.tls.sslv2.SSLv2ServerVerify;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Generators of SSL 2.0 messages within the specification's sizes: challenges of 16 to 32 bytes,
 * session ids of 0 or 16, connection ids of 16 to 32; the cipher kinds mix SSL 2.0 kinds, TLS
 * suites in SSLv2 form and unknown codes.
 */
public final class SSLv2Gens {
    private SSLv2Gens() {
    }

    static Gen<Vector<SslV2CipherKind>> cipherSpecs(int min) {
        Gen<SslV2CipherKind> kind = Gen.oneOf(RegistryGens.sslV2CipherKind(),
                RegistryGens.cipherSuite().map(SslV2CipherKind::ofTlsSuite));
        return Gen.listOf(kind, min, 8);
    }

    public static Gen<SSLv2ClientHello> clientHello() {
        return RegistryGens.protocolVersion().flatMap(v -> cipherSpecs(0).flatMap(specs ->
                Gen.oneOf(Gen.constant(Bytes.empty()), Gen.bytes(16)).flatMap(sid -> Gen.bytes(16, 32)
                        .map(challenge -> new SSLv2ClientHello(v, specs, sid, challenge)))));
    }

    public static Gen<SSLv2ServerHello> serverHello() {
        return Gen.ints(0, 1).flatMap(hit -> RegistryGens.of(SSLv2CertificateType.REGISTRY).flatMap(type ->
                RegistryGens.protocolVersion().flatMap(v -> Gen.bytes(0, 48).flatMap(cert -> cipherSpecs(0).flatMap(specs ->
                        Gen.bytes(16, 32).map(conn -> new SSLv2ServerHello(hit, type, v, cert, specs, conn)))))));
    }

    public static Gen<SSLv2ClientMasterKey> clientMasterKey() {
        return RegistryGens.sslV2CipherKind().flatMap(kind -> Gen.bytes(0, 11).flatMap(clear -> Gen.bytes(0, 64).flatMap(enc ->
                Gen.oneOf(Gen.constant(Bytes.empty()), Gen.bytes(8)).map(arg -> new SSLv2ClientMasterKey(kind, clear, enc, arg)))));
    }

    public static Gen<SSLv2ClientCertificate> clientCertificate() {
        return RegistryGens.of(SSLv2CertificateType.REGISTRY).flatMap(type -> Gen.bytes(0, 48).flatMap(cert ->
                Gen.bytes(0, 64).map(response -> new SSLv2ClientCertificate(type, cert, response))));
    }

    public static Gen<SSLv2ClientFinished> clientFinished() {
        return Gen.bytes(16, 32).map(SSLv2ClientFinished::new);
    }

    public static Gen<SSLv2ServerVerify> serverVerify() {
        return Gen.bytes(16, 32).map(SSLv2ServerVerify::new);
    }

    public static Gen<SSLv2ServerFinished> serverFinished() {
        return Gen.bytes(0, 16).map(SSLv2ServerFinished::new);
    }

    public static Gen<SSLv2RequestCertificate> requestCertificate() {
        return Gen.zipWith(RegistryGens.of(SSLv2AuthenticationType.REGISTRY), Gen.bytes(16, 32), SSLv2RequestCertificate::new);
    }

    public static Gen<SSLv2Error> error() {
        return RegistryGens.of(SSLv2ErrorCode.REGISTRY).map(SSLv2Error::new);
    }

    /** A message of an unassigned type (9 to 255), with any body. */
    public static Gen<SSLv2MessageUnknown> unknown() {
        return Gen.zipWith(Gen.ints(9, 255).map(SSLv2MessageType::of), Gen.bytes(0, 24), SSLv2MessageUnknown::new);
    }

    /** Any SSL 2.0 message. */
    public static Gen<SSLv2Message> message() {
        return Gen.oneOf(clientHello(), serverHello(), clientMasterKey(), clientCertificate(), clientFinished(), serverVerify(),
                serverFinished(), requestCertificate(), error(), unknown());
    }
}
