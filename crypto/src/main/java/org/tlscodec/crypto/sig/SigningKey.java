package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import java.security.MessageDigest;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.Pem;

/**
 * A private key that makes signatures: the PKCS#8 PrivateKeyInfo DER (RFC 5208, RFC 5958) and its
 * {@link KeyKind}. Parsed once, when made, and kept parsed for the primitives, so an immutable
 * class rather than a record. A secret: {@code toString} shows only the kind and length, and
 * equality compares the DER in constant time.
 */
public final class SigningKey {
    private final KeyKind kind;
    private final Bytes privateKeyInfo;
    private final PrivateKey key;

    private SigningKey(KeyKind kind, Bytes privateKeyInfo, PrivateKey key) {
        this.kind = kind;
        this.privateKeyInfo = privateKeyInfo;
        this.key = key;
    }

    /** The key of PKCS#8 PrivateKeyInfo DER; trailing bytes are an error. */
    public static Either<SignatureError, SigningKey> of(Bytes privateKeyInfo) {
        return Der.parse(privateKeyInfo)
                .flatMap(asn1 -> {
                    try {
                        return Either.<String, PrivateKeyInfo>right(PrivateKeyInfo.getInstance(asn1));
                    } catch (RuntimeException e) {
                        return Either.left(Der.describe(e));
                    }
                })
                .mapLeft(detail -> (SignatureError) new SignatureError.MalformedKey("PKCS#8 PrivateKeyInfo", detail))
                .flatMap(info -> Keys.privateKey(privateKeyInfo)
                        .mapLeft(e -> (SignatureError) new SignatureError.MalformedKey("PKCS#8 PrivateKeyInfo", e.detail()))
                        .map(key -> new SigningKey(KeyKinds.of(info.getPrivateKeyAlgorithm(), key), privateKeyInfo, ProviderKeys.forSignature(key))));
    }

    /** The first {@code PRIVATE KEY} block (PKCS#8, RFC 7468 section 10) of PEM text. */
    public static Either<SignatureError, SigningKey> ofPem(String pem) {
        return Pem.decode(pem)
                .mapLeft(e -> (SignatureError) new SignatureError.MalformedKey("PEM text", e.detail()))
                .flatMap(blocks -> blocks.find(b -> b.label().equals(KeyPairDer.PRIVATE_KEY_PEM_LABEL))
                        .toEither(() -> (SignatureError) new SignatureError.MalformedKey("PEM text",
                                "no " + KeyPairDer.PRIVATE_KEY_PEM_LABEL + " block (PKCS#8); found "
                                        + blocks.map(Pem.Block::label).mkString("[", ", ", "]"))))
                .flatMap(block -> of(block.der()));
    }

    /** The private half of a key pair. */
    public static Either<SignatureError, SigningKey> of(KeyPairDer pair) {
        return of(pair.privateKeyInfo());
    }

    /** What the key signs with. */
    public KeyKind kind() {
        return kind;
    }

    /** The PKCS#8 DER, as given: a secret. */
    public Bytes privateKeyInfo() {
        return privateKeyInfo;
    }

    /** The parsed key, for the primitives. */
    PrivateKey key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && MessageDigest.isEqual(other.privateKeyInfo.toArray(), privateKeyInfo.toArray());
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + kind.describe() + ", private=<" + privateKeyInfo.size() + " bytes>]";
    }
}
