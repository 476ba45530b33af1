package org.tlscodec.vectors.tls.handshake;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.registry.CertChainType;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.CertificateEntry;
import org.tlscodec.tls.handshake.CertificateRequest;
import org.tlscodec.tls.handshake.CertificateStatus;
import org.tlscodec.tls.handshake.CertificateUrl;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.handshake.CompressedCertificate;
import org.tlscodec.tls.handshake.URLAndHash;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.extension.ExtensionGens;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/** The certificate messages, in the form each version sends. Certificates are short opaque blobs: their insides are X.509's business. */
public final class CertificateGens {
    private CertificateGens() {
    }

    private static Gen<Bytes> blob() {
        return Gen.bytes(1, 40);
    }

    public static Gen<Certificate.Tls12> certificateTls12() {
        return Gen.listOf(blob(), 0, 4).map(Certificate.Tls12::new);
    }

    public static Gen<Certificate.Tls12RawPublicKey> certificateRawPublicKey() {
        return blob().map(Certificate.Tls12RawPublicKey::new);
    }

    public static Gen<CertificateEntry> certificateEntry() {
        return Gen.zipWith(blob(), ExtensionGens.list(ExtensionContext.CERTIFICATE, 3), CertificateEntry::new);
    }

    public static Gen<Certificate.Tls13> certificateTls13() {
        return Gen.zipWith(Gen.bytes(0, 8), Gen.listOf(certificateEntry(), 0, 3), Certificate.Tls13::new);
    }

    /** The Certificate a context reads; none where it stays raw (no version, or a certificate type other than X.509 and raw keys). */
    public static Option<Gen<Certificate>> certificate(WireContext ctx) {
        CertificateType type = ctx.certificateType();
        if (ctx.version().isEmpty() || !(type.equals(CertificateType.X509) || type.equals(CertificateType.RAW_PUBLIC_KEY))) {
            return Option.none();
        }
        if (ctx.isTls13()) {
            return Option.some(certificateTls13().map(c -> c));
        }
        return Option.some(type.equals(CertificateType.X509) ? certificateTls12().map(c -> c) : certificateRawPublicKey().map(c -> c));
    }

    public static Gen<CertificateRequest.Tls12> certificateRequestTls12(boolean withAlgorithms) {
        Gen<Option<Vector<org.tlscodec.tls.registry.SignatureScheme>>> algorithms = withAlgorithms
                ? Gen.listOf(RegistryGens.signatureScheme(), 1, 8).map(Option::some)
                : Gen.constant(Option.none());
        return c -> new CertificateRequest.Tls12(
                Gen.listOf(RegistryGens.clientCertificateType(), 1, 4).generate(c),
                algorithms.generate(c),
                Gen.listOf(blob(), 0, 3).generate(c));
    }

    public static Gen<CertificateRequest.Tls13> certificateRequestTls13() {
        return Gen.zipWith(Gen.bytes(0, 8), ExtensionGens.list(ExtensionContext.CERTIFICATE_REQUEST, 4), CertificateRequest.Tls13::new);
    }

    public static Gen<CertificateVerify> certificateVerify(boolean withAlgorithm) {
        Gen<Option<org.tlscodec.tls.registry.SignatureScheme>> algorithm = withAlgorithm
                ? RegistryGens.signatureScheme().map(Option::some)
                : Gen.constant(Option.none());
        return Gen.zipWith(algorithm, Gen.bytes(0, 80), CertificateVerify::new);
    }

    public static Gen<URLAndHash> urlAndHash() {
        return Gen.zipWith(Gen.bytes(1, 30), Gen.bytes(20), URLAndHash::new);
    }

    public static Gen<CertificateUrl> certificateUrl() {
        return Gen.zipWith(RegistryGens.of(CertChainType.REGISTRY), Gen.listOf(urlAndHash(), 1, 3), CertificateUrl::new);
    }

    /** ocsp with its OCSPResponse, ocsp_multi with a list (empty entries included), or another status type with a body kept whole. */
    public static Gen<CertificateStatus> certificateStatus() {
        return Gen.oneOf(
                blob().map(CertificateStatus.Ocsp::new),
                Gen.listOf(Gen.bytes(0, 24), 1, 4).map(CertificateStatus.OcspMulti::new),
                Gen.zipWith(RegistryGens.certificateStatusType()
                                .filter(t -> !t.equals(CertificateStatusType.OCSP) && !t.equals(CertificateStatusType.OCSP_MULTI)),
                        Gen.bytes(0, 20), CertificateStatus.Other::new));
    }

    public static Gen<CompressedCertificate> compressedCertificate() {
        return c -> new CompressedCertificate(RegistryGens.certificateCompressionAlgorithm().generate(c),
                Gen.ints(0, 0xffffff).generate(c), blob().generate(c));
    }
}
