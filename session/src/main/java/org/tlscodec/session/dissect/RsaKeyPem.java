package org.tlscodec.session.dissect;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.Pem;

/**
 * The server's RSA private key from PEM text, as a dissector is given it to open a static-RSA
 * ClientKeyExchange (RFC 5246 section 7.4.7.1): a PKCS#8 {@code PRIVATE KEY} block (RFC 5208,
 * RFC 7468 section 10), or OpenSSL's traditional PKCS#1 {@code RSA PRIVATE KEY} block (RFC 8017
 * appendix A.1.2), wrapped into PKCS#8 with the rsaEncryption identifier. The parsing is
 * {@link Pem} and {@link Keys}'s; this only picks the block.
 */
public final class RsaKeyPem {
    static final String PKCS1_LABEL = "RSA PRIVATE KEY";

    private RsaKeyPem() {
    }

    /** The first RSA private key of {@code pem}; an error that names what was found otherwise. */
    public static Either<DissectError, RSAPrivateKey> read(String pem) {
        return Pem.decode(pem).<DissectError>mapLeft(e -> secret(e.detail()))
                .flatMap(blocks -> blocks.find(b -> b.label().equals(KeyPairDer.PRIVATE_KEY_PEM_LABEL) || b.label().equals(PKCS1_LABEL))
                        .toEither(() -> secret("no PRIVATE KEY or RSA PRIVATE KEY block; found "
                                + (blocks.isEmpty() ? "no PEM block" : blocks.map(b -> b.label()).mkString(", ")))))
                .flatMap(block -> block.label().equals(PKCS1_LABEL) ? pkcs8OfPkcs1(block.der()) : Either.right(block.der()))
                .flatMap(der -> Keys.privateKey(der).<DissectError>mapLeft(e -> secret(e.detail())))
                .flatMap(RsaKeyPem::rsa);
    }

    private static Either<DissectError, Bytes> pkcs8OfPkcs1(Bytes der) {
        return Try.of(() -> Bytes.of(new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der.toArray())).getEncoded()))
                .toEither()
                .mapLeft(e -> secret("the RSA PRIVATE KEY block is not a PKCS#1 RSAPrivateKey (" + e.getClass().getSimpleName() + ")"));
    }

    private static Either<DissectError, RSAPrivateKey> rsa(PrivateKey key) {
        return key instanceof RSAPrivateKey r ? Either.right(r)
                : Either.left(secret("the key is " + key.getAlgorithm() + ", not RSA (only a static-RSA server key opens a ClientKeyExchange)"));
    }

    private static DissectError secret(String detail) {
        return new DissectError.Secret("RSA private key", detail);
    }
}
