package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.srp.SRP6Client;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.tlscodec.codec.Bytes;

/**
 * The client's side of SRP (RFC 5054 section 2.6): from the ServerKeyExchange's group, salt s and
 * public value B, and the user's identity and password, the ClientKeyExchange's A = g^a % N and the
 * premaster secret S = (B - (k * g^x)) ^ (a + (u * x)) % N. B % N = 0 is refused (section
 * 2.5.3). Bouncy Castle's {@code SRP6Client} computes (its exponentiations blinded).
 */
public final class SrpClient {
    private SrpClient() {
    }

    /** The exchange with a fresh private value a. */
    public static Either<KxError, SrpClientExchange> exchange(SrpGroup group, Bytes salt, Bytes identity, Bytes password,
                                                             Bytes serverB, SecureRandom random) {
        return run(new SRP6Client(), group, salt, identity, password, serverB, random);
    }

    /** The exchange with a given private value a, 1 &lt;= a &lt; N (RFC 5054 appendix B fixes one); {@code random} only blinds. */
    public static Either<KxError, SrpClientExchange> exchange(SrpGroup group, Bytes salt, Bytes identity, Bytes password,
                                                             Bytes serverB, Bytes privateA, SecureRandom random) {
        BigInteger fixedA = Srp.number(privateA);
        if (fixedA.signum() == 0 || fixedA.compareTo(group.parameters().getN()) >= 0) {
            return Either.left(new KxError.InvalidParameters("SRP private value a", "must satisfy 1 <= a < N"));
        }
        // Named apart from SRP6Client's own protected field a, which would shadow it here.
        SRP6Client fixed = new SRP6Client() {
            @Override
            protected BigInteger selectPrivateValue() {
                return fixedA;
            }
        };
        return run(fixed, group, salt, identity, password, serverB, random);
    }

    private static Either<KxError, SrpClientExchange> run(SRP6Client client, SrpGroup group, Bytes salt, Bytes identity,
                                                         Bytes password, Bytes serverB, SecureRandom random) {
        BigInteger b = Srp.number(serverB);
        if (b.mod(group.parameters().getN()).signum() == 0) {
            return Either.left(new KxError.ZeroModN("B"));
        }
        client.init(group.parameters(), new SHA1Digest(), random);
        BigInteger a = client.generateClientCredentials(salt.toArray(), identity.toArray(), password.toArray());
        try {
            return Either.right(new SrpClientExchange(Srp.unsigned(a), Srp.unsigned(client.calculateSecret(b))));
        } catch (CryptoException e) {
            return Either.left(new KxError.ZeroModN("B"));
        }
    }
}
