package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.ParsedCertificate;

/**
 * A public key that checks signatures: the SubjectPublicKeyInfo DER (RFC 5280 section 4.1.2.7)
 * and its {@link KeyKind}. It is parsed once, when made, and keeps the parsed key for the
 * primitives, so it is an immutable class rather than a record; equality is by the DER.
 */
public final class VerifyingKey {
    private final KeyKind kind;
    private final Bytes subjectPublicKeyInfo;
    private final PublicKey key;

    private VerifyingKey(KeyKind kind, Bytes subjectPublicKeyInfo, PublicKey key) {
        this.kind = kind;
        this.subjectPublicKeyInfo = subjectPublicKeyInfo;
        this.key = key;
    }

    /** The key of SubjectPublicKeyInfo DER; trailing bytes are an error. */
    public static Either<SignatureError, VerifyingKey> of(Bytes subjectPublicKeyInfo) {
        return Der.parse(subjectPublicKeyInfo)
                .flatMap(asn1 -> {
                    try {
                        return Either.<String, SubjectPublicKeyInfo>right(SubjectPublicKeyInfo.getInstance(asn1));
                    } catch (RuntimeException e) {
                        return Either.left(Der.describe(e));
                    }
                })
                .mapLeft(detail -> (SignatureError) new SignatureError.MalformedKey("SubjectPublicKeyInfo", detail))
                .flatMap(spki -> Keys.publicKey(subjectPublicKeyInfo)
                        .mapLeft(e -> (SignatureError) new SignatureError.MalformedKey("SubjectPublicKeyInfo", e.detail()))
                        .map(key -> new VerifyingKey(KeyKinds.of(spki.getAlgorithm(), key), subjectPublicKeyInfo, ProviderKeys.forSignature(key))));
    }

    /** The subject's key of a certificate (e.g. the end-entity certificate of a TLS Certificate message). */
    public static Either<SignatureError, VerifyingKey> of(ParsedCertificate certificate) {
        return of(certificate.publicKey().subjectPublicKeyInfo());
    }

    /** The public half of a key pair. */
    public static Either<SignatureError, VerifyingKey> of(KeyPairDer pair) {
        return of(pair.subjectPublicKeyInfo());
    }

    /** What the key signs with. */
    public KeyKind kind() {
        return kind;
    }

    /** The SubjectPublicKeyInfo DER, as given. */
    public Bytes subjectPublicKeyInfo() {
        return subjectPublicKeyInfo;
    }

    /** The parsed key, for the primitives. */
    PublicKey key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyingKey other && other.subjectPublicKeyInfo.equals(subjectPublicKeyInfo);
    }

    @Override
    public int hashCode() {
        return subjectPublicKeyInfo.hashCode();
    }

    @Override
    public String toString() {
        return "VerifyingKey[" + kind.describe() + ", " + subjectPublicKeyInfo.size() + " bytes]";
    }
}
