package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * signature_algorithms and signature_algorithms_cert:
 * {@code struct { SignatureScheme supported_signature_algorithms<2..2^16-2>; } SignatureSchemeList;}
 * (RFC 8446 section 4.2.3), in ClientHello and CertificateRequest. The two extensions share the
 * struct, so the record carries which one it is; TLS 1.2's SignatureAndHashAlgorithm pairs
 * (RFC 5246 section 7.4.1.4.1) are the same two bytes, read through the same registry.
 */
public record SignatureSchemeList(ExtensionType type, Vector<SignatureScheme> supportedSignatureAlgorithms)
        implements Extension {

    /** The codec of the extension_data of {@code type} (signature_algorithms or signature_algorithms_cert). */
    public static Codec<SignatureSchemeList> codecFor(ExtensionType type) {
        return struct(
                field("supported_signature_algorithms", vector(2, SignatureScheme.CODEC, 2, 0xfffe),
                        SignatureSchemeList::supportedSignatureAlgorithms),
                list -> new SignatureSchemeList(type, list));
    }

    /** signature_algorithms with these schemes. */
    public static SignatureSchemeList signatureAlgorithms(Vector<SignatureScheme> schemes) {
        return new SignatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS, schemes);
    }

    /** signature_algorithms_cert with these schemes. */
    public static SignatureSchemeList signatureAlgorithmsCert(Vector<SignatureScheme> schemes) {
        return new SignatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS_CERT, schemes);
    }
}
