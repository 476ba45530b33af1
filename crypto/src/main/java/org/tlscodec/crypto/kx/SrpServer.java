package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;
import org.bouncycastle.crypto.agreement.srp.SRP6Util;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.tlscodec.codec.Bytes;

/**
 * The server's side of SRP (RFC 5054 section 2.6): from the stored verifier v, a private value b
 * and the ServerKeyExchange's B = k*v + g^b % N; then, from the client's A, the premaster secret
 * S = (A * v^u) ^ b % N. A % N = 0 is refused (section 2.5.4). Bouncy Castle's {@code SRP6Server}
 * computes; each step starts from b again, so this value never changes. {@code toString} hides b.
 */
public final class SrpServer {
    private final SrpGroup group;
    private final BigInteger verifier;
    private final BigInteger b;
    private final Bytes publicB;

    private SrpServer(SrpGroup group, BigInteger verifier, BigInteger b, Bytes publicB) {
        this.group = group;
        this.verifier = verifier;
        this.b = b;
        this.publicB = publicB;
    }

    /** The server's side with a fresh private value b. */
    public static SrpServer start(SrpGroup group, Bytes verifier, SecureRandom random) {
        BigInteger b = SRP6Util.generatePrivateValue(new SHA1Digest(), group.parameters().getN(), group.parameters().getG(), random);
        BigInteger v = Srp.number(verifier);
        return new SrpServer(group, v, b, Srp.unsigned(server(group, v, b, random).generateServerCredentials()));
    }

    /** The server's side with a given private value b, 1 &lt;= b &lt; N (RFC 5054 appendix B fixes one); {@code random} only blinds. */
    public static Either<KxError, SrpServer> start(SrpGroup group, Bytes verifier, Bytes privateB, SecureRandom random) {
        BigInteger b = Srp.number(privateB);
        if (b.signum() == 0 || b.compareTo(group.parameters().getN()) >= 0) {
            return Either.left(new KxError.InvalidParameters("SRP private value b", "must satisfy 1 <= b < N"));
        }
        BigInteger v = Srp.number(verifier);
        return Either.right(new SrpServer(group, v, b, Srp.unsigned(server(group, v, b, random).generateServerCredentials())));
    }

    /** The group. */
    public SrpGroup group() {
        return group;
    }

    /** B, the ServerKeyExchange's srp_B. */
    public Bytes publicB() {
        return publicB;
    }

    /** The premaster secret S from the client's A. */
    public Either<KxError, Bytes> premaster(Bytes clientA, SecureRandom random) {
        BigInteger a = Srp.number(clientA);
        if (a.mod(group.parameters().getN()).signum() == 0) {
            return Either.left(new KxError.ZeroModN("A"));
        }
        SRP6Server server = server(group, verifier, b, random);
        server.generateServerCredentials();
        try {
            return Either.right(Srp.unsigned(server.calculateSecret(a)));
        } catch (CryptoException e) {
            return Either.left(new KxError.ZeroModN("A"));
        }
    }

    private static SRP6Server server(SrpGroup group, BigInteger v, BigInteger privateB, SecureRandom random) {
        // Named apart from SRP6Server's own protected field b, which would shadow it here.
        SRP6Server server = new SRP6Server() {
            @Override
            protected BigInteger selectPrivateValue() {
                return privateB;
            }
        };
        server.init(group.parameters(), v, new SHA1Digest(), random);
        return server;
    }

    @Override
    public String toString() {
        return "SrpServer[" + group + ", B=" + publicB.size() + " bytes, b=<hidden>]";
    }
}
