package org.tlscodec.crypto.kx;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.crypto.params.SRP6GroupParameters;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;

/**
 * The SRP groups of RFC 5054 appendix A (1024 to 8192 bits), from Bouncy Castle's {@code
 * SRP6StandardGroups}. A client takes N and g from the ServerKeyExchange and "SHOULD only accept
 * group parameters that come from a trusted source, such as those listed in Appendix A" (RFC 5054
 * section 2.5.3): {@link #fromParameters} accepts exactly these.
 */
public enum SrpGroup {
    SRP_1024(SRP6StandardGroups.rfc5054_1024),
    SRP_1536(SRP6StandardGroups.rfc5054_1536),
    SRP_2048(SRP6StandardGroups.rfc5054_2048),
    SRP_3072(SRP6StandardGroups.rfc5054_3072),
    SRP_4096(SRP6StandardGroups.rfc5054_4096),
    SRP_6144(SRP6StandardGroups.rfc5054_6144),
    SRP_8192(SRP6StandardGroups.rfc5054_8192);

    private final SRP6GroupParameters parameters;

    SrpGroup(SRP6GroupParameters parameters) {
        this.parameters = parameters;
    }

    /** The appendix A group with this N and g (the ServerSRPParams srp_N and srp_g, any leading zeros). */
    public static Either<KxError, SrpGroup> fromParameters(Bytes n, Bytes g) {
        BigInteger nValue = new BigInteger(1, n.toArray());
        BigInteger gValue = new BigInteger(1, g.toArray());
        return Vector.of(values()).find(group -> group.parameters.getN().equals(nValue) && group.parameters.getG().equals(gValue))
                .toEither(() -> new KxError.InvalidParameters("ServerSRPParams srp_N and srp_g",
                        "must be one of the RFC 5054 appendix A groups; got a " + nValue.bitLength() + "-bit N with g = " + gValue));
    }

    /** The safe prime N, big-endian without leading zeros. */
    public Bytes n() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(parameters.getN()));
    }

    /** The generator g. */
    public Bytes g() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(parameters.getG()));
    }

    /** N's size in bits. */
    public int bits() {
        return parameters.getN().bitLength();
    }

    SRP6GroupParameters parameters() {
        return parameters;
    }
}
