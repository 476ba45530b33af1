package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.DHPrivateKeySpec;
import javax.crypto.spec.DHPublicKeySpec;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;

/**
 * One side's Diffie-Hellman key: the private exponent x and the public value y = g^x mod p.
 * {@code toString} never shows x.
 *
 * <p>The agreement runs on the JCA's "DH" KeyAgreement: this machine's measurements gave about 10
 * ms for ffdhe2048 and 20-30 ms for ffdhe8192, against 15 and 500-900 ms for Bouncy Castle's
 * blinded {@code DHBasicAgreement}.
 */
public final class DhKeyPair {
    private final DhGroup group;
    private final BigInteger x;
    private final BigInteger y;

    DhKeyPair(DhGroup group, BigInteger x, BigInteger y) {
        this.group = group;
        this.x = x;
        this.y = y;
    }

    /** The group the key belongs to. */
    public DhGroup group() {
        return group;
    }

    /**
     * The public value with no leading zeros: the {@code dh_Ys} / {@code dh_Yc} of TLS 1.2
     * (RFC 5246 sections 7.4.3 and 7.4.7.2), as implementations send it.
     */
    public Bytes publicValue() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(y));
    }

    /** The public value left-padded to the prime's length: a TLS 1.3 key share (RFC 8446 section 4.2.8.1). */
    public Bytes publicValuePadded() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(group.primeLength(), y));
    }

    /**
     * The shared secret with the peer's public value {@code peerY} (any number of leading zeros),
     * encoded for the protocol version; the peer's value must satisfy 1 &lt; y &lt; p-1, and a
     * result of 1 (which only a bad peer value gives) is refused too.
     */
    public Either<KxError, Bytes> sharedSecret(Bytes peerY, DhSecretEncoding encoding) {
        return group.validatePublicValue(peerY).flatMap(peer -> agree(peer).map(z -> encode(z, encoding)));
    }

    private Either<KxError, BigInteger> agree(BigInteger peer) {
        try {
            BigInteger p = group.prime();
            BigInteger g = group.generator();
            KeyFactory factory = KeyFactory.getInstance("DH");
            KeyAgreement agreement = KeyAgreement.getInstance("DH");
            agreement.init(factory.generatePrivate(new DHPrivateKeySpec(x, p, g)));
            agreement.doPhase(factory.generatePublic(new DHPublicKeySpec(peer, p, g)), true);
            BigInteger z = new BigInteger(1, agreement.generateSecret());
            if (z.compareTo(BigInteger.ONE) <= 0) {
                return Either.left(new KxError.PublicValueOutOfRange(group.name()));
            }
            return Either.right(z);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Either.left(new KxError.InvalidParameters(group.name(), "the JCA refused the agreement: " + e.getMessage()));
        }
    }

    private Bytes encode(BigInteger z, DhSecretEncoding encoding) {
        return encoding == DhSecretEncoding.PADDED_TO_PRIME
                ? Bytes.of(BigIntegers.asUnsignedByteArray(group.primeLength(), z))
                : Bytes.of(BigIntegers.asUnsignedByteArray(z));
    }

    @Override
    public String toString() {
        return "DhKeyPair[" + group.name() + ", public=" + publicValue().size() + " bytes, private=<hidden>]";
    }
}
