package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * delegated_credential in ClientHello and CertificateRequest: a SignatureSchemeList, {@code
 * SignatureScheme supported_signature_algorithms<2..2^16-2>;} (RFC 9345 section 4.1.1, the form of
 * RFC 8446 section 4.2.3): the schemes the peer accepts for the delegated credential's
 * CertificateVerify.
 */
public record DelegatedCredentialRequest(Vector<SignatureScheme> supportedSignatureAlgorithms) implements Extension {
    public static final Codec<DelegatedCredentialRequest> CODEC = struct(
            field("supported_signature_algorithms", vector(2, SignatureScheme.CODEC, 2, 0xfffe),
                    DelegatedCredentialRequest::supportedSignatureAlgorithms),
            DelegatedCredentialRequest::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.DELEGATED_CREDENTIAL;
    }
}
