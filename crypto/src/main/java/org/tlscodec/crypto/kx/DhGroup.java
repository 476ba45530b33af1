package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.generators.DHKeyPairGenerator;
import org.bouncycastle.crypto.params.DHKeyGenerationParameters;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * A finite-field Diffie-Hellman group: a prime p and a generator g. The named ones are the RFC 7919
 * ffdhe groups (TLS's NamedGroup 256-260), the RFC 3526 MODP groups and the RFC 2409 Oakley groups
 * 1 and 2; {@link #explicit} takes the {@code dh_p} and {@code dh_g} of a TLS 1.2 ServerDHParams
 * (RFC 5246 section 7.4.3).
 *
 * <p>The named groups' primes come from Bouncy Castle's {@code DHStandardGroups}, with its private
 * exponent sizes (RFC 7919 section 5.2's short exponents: 225 bits for ffdhe2048 up to 400 for
 * ffdhe8192). A group from a ServerKeyExchange gets a full-size exponent, since nothing says its
 * prime is safe. Keys come from Bouncy Castle's generator, which takes any prime; the agreement
 * from the JCA, whose unblinded {@code modPow} is about twenty times faster than Bouncy Castle's
 * blinded one on ffdhe8192 (see {@link DhKeyPair}).
 */
public final class DhGroup {
    /** The smallest prime accepted from a peer: 512 bits, below which the exchange is broken outright (Logjam). */
    public static final int MIN_EXPLICIT_PRIME_BITS = 512;
    /** The largest prime accepted from a peer: 16384 bits, to bound the work a ServerKeyExchange can ask for. */
    public static final int MAX_EXPLICIT_PRIME_BITS = 16384;

    /** RFC 7919 appendix A.1. */
    public static final DhGroup FFDHE2048 = named("ffdhe2048", DHStandardGroups.rfc7919_ffdhe2048);
    /** RFC 7919 appendix A.2. */
    public static final DhGroup FFDHE3072 = named("ffdhe3072", DHStandardGroups.rfc7919_ffdhe3072);
    /** RFC 7919 appendix A.3. */
    public static final DhGroup FFDHE4096 = named("ffdhe4096", DHStandardGroups.rfc7919_ffdhe4096);
    /** RFC 7919 appendix A.4. */
    public static final DhGroup FFDHE6144 = named("ffdhe6144", DHStandardGroups.rfc7919_ffdhe6144);
    /** RFC 7919 appendix A.5. */
    public static final DhGroup FFDHE8192 = named("ffdhe8192", DHStandardGroups.rfc7919_ffdhe8192);
    /** RFC 2409 section 6.1, the First Oakley Group (768 bits). */
    public static final DhGroup OAKLEY_768 = named("Oakley group 1 (768-bit MODP)", DHStandardGroups.rfc2409_768);
    /** RFC 2409 section 6.2, the Second Oakley Group (1024 bits). */
    public static final DhGroup OAKLEY_1024 = named("Oakley group 2 (1024-bit MODP)", DHStandardGroups.rfc2409_1024);
    /** RFC 3526 section 2. */
    public static final DhGroup MODP_1536 = named("1536-bit MODP group", DHStandardGroups.rfc3526_1536);
    /** RFC 3526 section 3. */
    public static final DhGroup MODP_2048 = named("2048-bit MODP group", DHStandardGroups.rfc3526_2048);
    /** RFC 3526 section 4. */
    public static final DhGroup MODP_3072 = named("3072-bit MODP group", DHStandardGroups.rfc3526_3072);
    /** RFC 3526 section 5. */
    public static final DhGroup MODP_4096 = named("4096-bit MODP group", DHStandardGroups.rfc3526_4096);
    /** RFC 3526 section 6. */
    public static final DhGroup MODP_6144 = named("6144-bit MODP group", DHStandardGroups.rfc3526_6144);
    /** RFC 3526 section 7. */
    public static final DhGroup MODP_8192 = named("8192-bit MODP group", DHStandardGroups.rfc3526_8192);

    private final String name;
    private final DHParameters parameters;

    private DhGroup(String name, DHParameters parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    private static DhGroup named(String name, DHParameters parameters) {
        return new DhGroup(name, parameters);
    }

    /** The ffdhe group of a NamedGroup (RFC 7919 section 2); none for any other code. */
    public static Option<DhGroup> of(NamedGroup group) {
        return switch (group.code()) {
            case 256 -> Option.some(FFDHE2048);
            case 257 -> Option.some(FFDHE3072);
            case 258 -> Option.some(FFDHE4096);
            case 259 -> Option.some(FFDHE6144);
            case 260 -> Option.some(FFDHE8192);
            default -> Option.none();
        };
    }

    /**
     * The group a TLS 1.2 ServerDHParams sends ({@code dh_p}, {@code dh_g}, big-endian). The prime
     * must be odd and between {@value #MIN_EXPLICIT_PRIME_BITS} and {@value #MAX_EXPLICIT_PRIME_BITS}
     * bits, the generator 1 &lt; g &lt; p-1. Primality is not tested: a composite p only weakens the
     * server's own exchange.
     */
    public static Either<KxError, DhGroup> explicit(Bytes p, Bytes g) {
        BigInteger prime = new BigInteger(1, p.toArray());
        BigInteger generator = new BigInteger(1, g.toArray());
        if (prime.bitLength() < MIN_EXPLICIT_PRIME_BITS || prime.bitLength() > MAX_EXPLICIT_PRIME_BITS) {
            return Either.left(new KxError.InvalidParameters("ServerDHParams dh_p", "the prime must have "
                    + MIN_EXPLICIT_PRIME_BITS + " to " + MAX_EXPLICIT_PRIME_BITS + " bits, has " + prime.bitLength()));
        }
        if (!prime.testBit(0)) {
            return Either.left(new KxError.InvalidParameters("ServerDHParams dh_p", "the prime must be odd"));
        }
        if (generator.compareTo(BigInteger.ONE) <= 0 || generator.compareTo(prime.subtract(BigInteger.ONE)) >= 0) {
            return Either.left(new KxError.InvalidParameters("ServerDHParams dh_g", "the generator must satisfy 1 < g < p-1"));
        }
        return Either.right(new DhGroup("explicit " + prime.bitLength() + "-bit group", new DHParameters(prime, generator)));
    }

    /** What the group is called (the RFC's name, or "explicit N-bit group"). */
    public String name() {
        return name;
    }

    /** The prime p, big-endian without leading zeros. */
    public Bytes p() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(parameters.getP()));
    }

    /** The generator g, big-endian without leading zeros. */
    public Bytes g() {
        return Bytes.of(BigIntegers.asUnsignedByteArray(parameters.getG()));
    }

    /** The length of p in bytes: the size of a TLS 1.3 key share and shared secret (RFC 8446 sections 4.2.8.1, 7.4.1). */
    public int primeLength() {
        return BigIntegers.getUnsignedByteLength(parameters.getP());
    }

    /** A fresh key pair. */
    public DhKeyPair generateKeyPair(SecureRandom random) {
        DHKeyPairGenerator generator = new DHKeyPairGenerator();
        generator.init(new DHKeyGenerationParameters(random, parameters));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new DhKeyPair(this, ((DHPrivateKeyParameters) pair.getPrivate()).getX(), ((DHPublicKeyParameters) pair.getPublic()).getY());
    }

    /**
     * The key pair of a known private exponent x, big-endian (a reader given an ephemeral key, as
     * RFC 8448 gives its X25519 ones): y = g^x mod p, as the key generator computes it. x must
     * satisfy 1 &lt; x &lt; p-1.
     */
    public Either<KxError, DhKeyPair> keyPair(Bytes privateExponent) {
        BigInteger x = new BigInteger(1, privateExponent.toArray());
        BigInteger p = parameters.getP();
        if (x.compareTo(BigInteger.ONE) <= 0 || x.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            return Either.left(new KxError.InvalidParameters(name + " private exponent", "must satisfy 1 < x < p-1"));
        }
        return Either.right(new DhKeyPair(this, x, parameters.getG().modPow(x, p)));
    }

    /**
     * The peer's public value as a number, if 1 &lt; y &lt; p-1 (RFC 7919 section 5.1; RFC 8446
     * section 4.2.8.1). This rules out 0, 1 and p-1, the values that would fix the shared secret;
     * for the safe primes of the named groups these are the only elements of small order.
     */
    public Either<KxError, BigInteger> validatePublicValue(Bytes y) {
        BigInteger value = new BigInteger(1, y.toArray());
        BigInteger p = parameters.getP();
        if (value.compareTo(BigInteger.ONE) <= 0 || value.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            return Either.left(new KxError.PublicValueOutOfRange(name));
        }
        return Either.right(value);
    }

    BigInteger prime() {
        return parameters.getP();
    }

    BigInteger generator() {
        return parameters.getG();
    }

    @Override
    public String toString() {
        return "DhGroup[" + name + ", " + parameters.getP().bitLength() + " bits]";
    }
}
