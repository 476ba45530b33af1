package org.tlscodec.crypto.sig;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;

/**
 * One way of signing: an algorithm family, the hash, and what the primitive is fed. The primitives
 * come from the JCA provider that runs them faster on this platform (measured on JDK 17): the
 * JDK's SunRsaSign for RSA (verification about 2.5 times Bouncy Castle's speed, signing on par),
 * Bouncy Castle for ECDSA (about 4 times SunEC's speed), EdDSA (5 to 15 times) and DSA. Bouncy
 * Castle is used as an explicit provider object, never registered globally.
 *
 * <p>ECDSA and DSA are given the hash of the content ({@code NONEwithECDSA}), so every hash of the
 * TLS 1.2 registry, MD5 included, goes through one path; the primitive truncates a hash longer
 * than the group order (FIPS 186-4 section 6.4). RSASSA-PKCS1-v1_5 uses the JDK's
 * {@code <hash>withRSA}, which writes the DigestInfo (RFC 8017 section 9.2); the TLS 1.0 form signs
 * the 36-byte MD5 || SHA-1 with {@code NONEwithRSA}, which pads without a DigestInfo (RFC 4346
 * section 7.4.3). RSASSA-PSS uses MGF1 with the content hash and a salt as long as the hash
 * (RFC 8446 section 4.2.3).
 *
 * @param label  how errors name the method, e.g. "rsa_pss_rsae_sha256 (0x0804)"
 * @param family the algorithm
 * @param hash   the hash, none for EdDSA and for the MD5 || SHA-1 form
 * @param input  what the primitive is fed
 */
record Method(String label, SignatureFamily family, Option<HashAlgorithm> hash, Input input) {
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    /** What the primitive signs. */
    enum Input {
        /** The content itself; the primitive hashes it (RSA) or needs no hash (EdDSA). */
        CONTENT,
        /** Hash(content), for {@code NONEwithECDSA} and {@code NONEwithDSA}. */
        DIGEST,
        /** MD5(content) || SHA-1(content), 36 bytes, for {@code NONEwithRSA} (RFC 4346 section 7.4.3). */
        MD5_SHA1
    }

    /** The method of a scheme. */
    static Method of(SignatureSchemeInfo info) {
        boolean digest = info.family() == SignatureFamily.ECDSA || info.family() == SignatureFamily.DSA;
        return new Method(Schemes.describe(info.scheme()), info.family(), info.hash(), digest ? Input.DIGEST : Input.CONTENT);
    }

    /** A signature of {@code content}, drawing any randomness (PSS salt, ECDSA/DSA nonce) from {@code random}. */
    Either<SignatureError, Bytes> sign(PrivateKey key, Bytes content, SecureRandom random) {
        try {
            Signature engine = engine();
            engine.initSign(key, random);
            engine.update(input(content).toArray());
            return Either.right(Bytes.of(engine.sign()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Either.left(new SignatureError.SigningFailed(label, Der.describe(e)));
        }
    }

    /** Whether {@code signature} is this method's signature of {@code content} under {@code key}. */
    Either<SignatureError, Verification> verify(PublicKey key, KeyKind kind, Bytes content, Bytes signature) {
        return shape(kind, signature).flatMap(ok -> {
            try {
                Signature engine = engine();
                engine.initVerify(key);
                engine.update(input(content).toArray());
                return Either.right(Verification.of(engine.verify(signature.toArray())));
            } catch (InvalidKeyException e) {
                return Either.left(new SignatureError.MalformedKey("the public key for " + label, Der.describe(e)));
            } catch (GeneralSecurityException | RuntimeException e) {
                return Either.left(new SignatureError.MalformedSignature(label, Der.describe(e)));
            }
        });
    }

    private Bytes input(Bytes content) {
        return switch (input) {
            case CONTENT -> content;
            case DIGEST -> hash.get().digest(content);
            case MD5_SHA1 -> HashAlgorithm.MD5.digest(content).concat(HashAlgorithm.SHA1.digest(content));
        };
    }

    private Signature engine() throws GeneralSecurityException {
        return switch (family) {
            case RSA_PKCS1 -> input == Input.MD5_SHA1
                    ? Signature.getInstance("NONEwithRSA")
                    : Signature.getInstance(hash.get().standardName().replace("-", "") + "withRSA");
            case RSA_PSS_RSAE, RSA_PSS_PSS -> {
                Signature pss = Signature.getInstance("RSASSA-PSS");
                String name = hash.get().standardName();
                pss.setParameter(new PSSParameterSpec(name, "MGF1", new MGF1ParameterSpec(name), hash.get().length(),
                        PSSParameterSpec.TRAILER_FIELD_BC));
                yield pss;
            }
            case ECDSA -> Signature.getInstance("NONEwithECDSA", BOUNCY_CASTLE);
            case DSA -> Signature.getInstance("NONEwithDSA", BOUNCY_CASTLE);
            case ED25519 -> Signature.getInstance("Ed25519", BOUNCY_CASTLE);
            case ED448 -> Signature.getInstance("Ed448", BOUNCY_CASTLE);
        };
    }

    /**
     * Whether the bytes have the form of the family's signatures, before any arithmetic: as long as
     * the modulus for RSA (RFC 8017 sections 8.1.2 and 8.2.2, step 1), 64 bytes for Ed25519 and 114
     * for Ed448 (RFC 8032 sections 5.1.7 and 5.2.7), and for ECDSA and DSA exactly the DER of
     * {@code SEQUENCE { INTEGER r, INTEGER s }} (RFC 8422 section 5.4, RFC 3279 section 2.2.2).
     */
    private Either<SignatureError, Bytes> shape(KeyKind kind, Bytes signature) {
        return switch (family) {
            case RSA_PKCS1, RSA_PSS_RSAE, RSA_PSS_PSS -> {
                int bits = kind instanceof KeyKind.Rsa r ? r.bits() : kind instanceof KeyKind.RsaPss p ? p.bits() : 0;
                int length = (bits + 7) / 8;
                yield signature.size() == length ? Either.right(signature) : Either.left(new SignatureError.MalformedSignature(label,
                        signature.size() + " bytes, but a signature with an RSA-" + bits + " key is " + length + " bytes"));
            }
            case ED25519 -> length(signature, 64);
            case ED448 -> length(signature, 114);
            case ECDSA, DSA -> derPair(signature);
        };
    }

    private Either<SignatureError, Bytes> length(Bytes signature, int length) {
        return signature.size() == length ? Either.right(signature) : Either.left(new SignatureError.MalformedSignature(label,
                signature.size() + " bytes, but it is " + length + " bytes"));
    }

    private Either<SignatureError, Bytes> derPair(Bytes signature) {
        return Der.parse(signature)
                .flatMap(value -> twoIntegers(value, signature))
                .mapLeft(detail -> (SignatureError) new SignatureError.MalformedSignature(label,
                        "expected the DER of SEQUENCE { INTEGER r, INTEGER s }: " + detail))
                .map(ok -> signature);
    }

    private static Either<String, Vector<BigInteger>> twoIntegers(ASN1Primitive value, Bytes given) {
        if (!(value instanceof ASN1Sequence sequence) || sequence.size() != 2
                || !(sequence.getObjectAt(0) instanceof ASN1Integer r) || !(sequence.getObjectAt(1) instanceof ASN1Integer s)) {
            return Either.left("found " + value.getClass().getSimpleName() + " " + value);
        }
        try {
            // Only the distinguished encoding: BER length forms and padded integers are not DER.
            if (!Bytes.of(sequence.getEncoded(ASN1Encoding.DER)).equals(given)) {
                return Either.left("not in distinguished encoding");
            }
        } catch (java.io.IOException e) {
            return Either.left(Der.describe(e));
        }
        return Either.right(Vector.of(r.getValue(), s.getValue()));
    }
}
