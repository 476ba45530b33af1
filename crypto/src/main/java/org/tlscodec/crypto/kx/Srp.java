package org.tlscodec.crypto.kx;

import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.srp.SRP6Util;
import org.bouncycastle.crypto.agreement.srp.SRP6VerifierGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;

/**
 * The values of SRP-6a as RFC 5054 section 2.4-2.6 defines them for TLS, with SHA-1 and PAD()
 * padding to N's length: x, the verifier v, the multiplier k and the scrambling parameter u. The
 * formulas are Bouncy Castle's {@code SRP6Util} (which its own tests check against appendix B). The
 * identity and password are the bytes to hash: the UTF-8 of their SASLprep'd text (section 2.3).
 * Integers come out big-endian with no leading zeros, as the RFC converts them implicitly.
 */
public final class Srp {
    private Srp() {
    }

    /** x = SHA1(s | SHA1(I | ":" | P)) (RFC 5054 section 2.4), the password-derived private key. */
    public static Bytes x(Bytes salt, Bytes identity, Bytes password) {
        // N only bounds the result in SRP6Util, which SHA-1's 160 bits never reach.
        return unsigned(SRP6Util.calculateX(new SHA1Digest(), SrpGroup.SRP_1024.parameters().getN(),
                salt.toArray(), identity.toArray(), password.toArray()));
    }

    /** v = g^x % N (RFC 5054 section 2.4): what the server stores instead of the password. */
    public static Bytes verifier(SrpGroup group, Bytes salt, Bytes identity, Bytes password) {
        SRP6VerifierGenerator generator = new SRP6VerifierGenerator();
        generator.init(group.parameters(), new SHA1Digest());
        return unsigned(generator.generateVerifier(salt.toArray(), identity.toArray(), password.toArray()));
    }

    /** k = SHA1(N | PAD(g)) (RFC 5054 section 2.6). */
    public static Bytes k(SrpGroup group) {
        return unsigned(SRP6Util.calculateK(new SHA1Digest(), group.parameters().getN(), group.parameters().getG()));
    }

    /** u = SHA1(PAD(A) | PAD(B)) (RFC 5054 section 2.6). */
    public static Bytes u(SrpGroup group, Bytes a, Bytes b) {
        return unsigned(SRP6Util.calculateU(new SHA1Digest(), group.parameters().getN(), number(a), number(b)));
    }

    static BigInteger number(Bytes value) {
        return new BigInteger(1, value.toArray());
    }

    static Bytes unsigned(BigInteger value) {
        return Bytes.of(BigIntegers.asUnsignedByteArray(value));
    }
}
