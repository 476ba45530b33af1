package org.tlscodec.crypto.x509;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.tlscodec.codec.Bytes;

/**
 * Key generation, and the bridge between DER keys and JCA key objects. Generation draws every
 * random bit from the given {@link SecureRandom}, through Bouncy Castle's generators, so a
 * deterministic random gives the same keys on every run and JDK.
 */
public final class Keys {
    private Keys() {
    }

    /** A fresh key pair. */
    public static Either<X509Error, KeyPairDer> generate(KeyAlgorithm algorithm, SecureRandom random) {
        try {
            KeyPairGenerator generator;
            if (algorithm instanceof KeyAlgorithm.Rsa rsa) {
                generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
                generator.initialize(new RSAKeyGenParameterSpec(rsa.bits(), BigInteger.valueOf(65537)), random);
            } else if (algorithm instanceof KeyAlgorithm.Ec ec) {
                generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                generator.initialize(new ECGenParameterSpec(ec.curve()), random);
            } else if (algorithm instanceof KeyAlgorithm.Ed25519) {
                generator = KeyPairGenerator.getInstance("Ed25519", BouncyCastle.PROVIDER);
                generator.initialize(255, random);
            } else {
                generator = KeyPairGenerator.getInstance("Ed448", BouncyCastle.PROVIDER);
                generator.initialize(448, random);
            }
            KeyPair pair = generator.generateKeyPair();
            return Either.right(new KeyPairDer(Bytes.of(pair.getPrivate().getEncoded()), Bytes.of(pair.getPublic().getEncoded())));
        } catch (Exception e) {
            return Either.left(new X509Error.Failed("key generation " + algorithm + ": " + BouncyCastle.describe(e)));
        }
    }

    /** The JCA private key of PKCS#8 DER. */
    public static Either<X509Error, PrivateKey> privateKey(Bytes privateKeyInfo) {
        try {
            return Either.right(new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
                    .getPrivateKey(PrivateKeyInfo.getInstance(privateKeyInfo.toArray())));
        } catch (Exception e) {
            return Either.left(new X509Error.Malformed("PKCS#8 private key: " + BouncyCastle.describe(e)));
        }
    }

    /** The JCA public key of SubjectPublicKeyInfo DER. */
    public static Either<X509Error, PublicKey> publicKey(Bytes subjectPublicKeyInfo) {
        try {
            return Either.right(new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
                    .getPublicKey(SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo.toArray())));
        } catch (Exception e) {
            return Either.left(new X509Error.Malformed("SubjectPublicKeyInfo: " + BouncyCastle.describe(e)));
        }
    }

    /** The first PRIVATE KEY block of PEM text, with its public key. */
    public static Either<X509Error, KeyPairDer> parsePrivateKeyPem(String pem) {
        return Pem.decode(pem).flatMap(blocks -> blocks.find(b -> b.label().equals(KeyPairDer.PRIVATE_KEY_PEM_LABEL))
                .toEither(() -> (X509Error) new X509Error.Malformed("no PRIVATE KEY block in the PEM text")))
                .flatMap(block -> privateKey(block.der()).flatMap(key -> publicOf(key).map(pub -> new KeyPairDer(block.der(), pub))));
    }

    private static Either<X509Error, Bytes> publicOf(PrivateKey key) {
        try {
            return publicInfo(key).map(spki -> Bytes.of(encoded(spki)))
                    .toEither(() -> new X509Error.Unsupported("public key of a " + key.getAlgorithm() + " private key"));
        } catch (Exception e) {
            return Either.left(new X509Error.Unsupported("public key of " + key.getAlgorithm() + ": " + BouncyCastle.describe(e)));
        }
    }

    private static byte[] encoded(SubjectPublicKeyInfo spki) {
        try {
            return spki.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The public half of a private key: RSA from its CRT form, EC by multiplying the generator, EdDSA as BC keeps it. */
    private static Option<SubjectPublicKeyInfo> publicInfo(PrivateKey key) throws GeneralSecurityException {
        if (key instanceof RSAPrivateCrtKey rsa) {
            KeyFactory factory = KeyFactory.getInstance("RSA", BouncyCastle.PROVIDER);
            PublicKey pub = factory.generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return Option.some(SubjectPublicKeyInfo.getInstance(pub.getEncoded()));
        }
        if (key instanceof ECPrivateKey ec) {
            ECParameterSpec spec = ec.getParameters();
            KeyFactory factory = KeyFactory.getInstance("EC", BouncyCastle.PROVIDER);
            PublicKey pub = factory.generatePublic(new ECPublicKeySpec(spec.getG().multiply(ec.getD()).normalize(), spec));
            return Option.some(SubjectPublicKeyInfo.getInstance(pub.getEncoded()));
        }
        if (key instanceof EdDSAPrivateKey ed) {
            return Option.some(SubjectPublicKeyInfo.getInstance(ed.getPublicKey().getEncoded()));
        }
        return Option.none();
    }
}
