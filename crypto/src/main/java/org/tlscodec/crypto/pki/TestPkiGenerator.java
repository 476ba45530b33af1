package org.tlscodec.crypto.pki;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.BasicConstraints;
import org.tlscodec.crypto.x509.CertificateIssuer;
import org.tlscodec.crypto.x509.CertificateSigner;
import org.tlscodec.crypto.x509.CertificateTemplate;
import org.tlscodec.crypto.x509.KeyAlgorithm;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.KeyPurpose;
import org.tlscodec.crypto.x509.KeyUsage;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.SubjectAltName;
import org.tlscodec.crypto.x509.X509SignatureAlgorithm;

/**
 * Makes a test PKI deterministic from a seed: an RSA-2048 root CA (sha256WithRSAEncryption, the
 * signature every TLS stack accepts), servers for localhost / 127.0.0.1 with RSA-2048, ECDSA P-256
 * and Ed25519 keys, and an RSA-2048 TLS client. Every key and serial comes from its own
 * {@link SeededRandom} stream.
 */
public final class TestPkiGenerator {
    /** The organisation of every subject. */
    public static final String ORGANIZATION = "tlscodec Test PKI";
    public static final String CA_NAME = "CN=tlscodec Test Root CA,O=" + ORGANIZATION;
    public static final String SERVER_NAME = "CN=localhost,O=" + ORGANIZATION;
    public static final String CLIENT_NAME = "CN=test client,O=" + ORGANIZATION;

    private static final Instant EARLIEST = Instant.parse("1950-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private TestPkiGenerator() {
    }

    /** The seed of a number, for the command line's {@code --seed N}. */
    public static Bytes seed(long n) {
        return Bytes.utf8("tlscodec test pki seed " + n);
    }

    /**
     * A PKI whose certificates are valid from {@code notBefore} (truncated to the second, the
     * precision of X.509 time) for {@code validity}.
     */
    public static Either<PkiError, TestPki> generate(Bytes seed, Instant notBefore, Duration validity) {
        Instant from = notBefore.truncatedTo(ChronoUnit.SECONDS);
        if (validity.isNegative() || validity.isZero()) {
            return Either.left(new PkiError.BadValidity("the validity is positive: " + validity));
        }
        Instant to;
        try {
            to = from.plus(validity);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return Either.left(new PkiError.BadValidity("notBefore + validity overflows: " + e.getMessage()));
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            return Either.left(new PkiError.BadValidity("X.509 time covers 1950 to 9999 (RFC 5280 section 4.1.2.5): " + from + " .. " + to));
        }
        Generation g = new Generation(seed, from, to);
        return g.key("ca", KeyAlgorithm.rsa(2048)).flatMap(caKey ->
                g.issue("ca", new CertificateIssuer(CA_NAME, caKey, X509SignatureAlgorithm.RSA_PKCS1_SHA256), CA_NAME, caKey,
                        Option.some(BasicConstraints.unlimitedCa()), HashSet.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN),
                        Vector.empty(), Vector.empty()).flatMap(ca -> {
                    CertificateIssuer issuer = new CertificateIssuer(CA_NAME, caKey, X509SignatureAlgorithm.RSA_PKCS1_SHA256);
                    Vector<SubjectAltName> localhost = Vector.of(SubjectAltName.dns("localhost"), SubjectAltName.ip("127.0.0.1"));
                    Vector<KeyPurpose> server = Vector.of(KeyPurpose.SERVER_AUTH);
                    return g.leaf("server-rsa", KeyAlgorithm.rsa(2048), issuer, SERVER_NAME,
                                    HashSet.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.KEY_ENCIPHERMENT), server, localhost)
                            .flatMap(rsa -> g.leaf("server-ecdsa", KeyAlgorithm.ec("secp256r1"), issuer, SERVER_NAME,
                                            HashSet.of(KeyUsage.DIGITAL_SIGNATURE), server, localhost)
                                    .flatMap(ecdsa -> g.leaf("server-ed25519", KeyAlgorithm.ed25519(), issuer, SERVER_NAME,
                                                    HashSet.of(KeyUsage.DIGITAL_SIGNATURE), server, localhost)
                                            .flatMap(ed -> g.leaf("client", KeyAlgorithm.rsa(2048), issuer, CLIENT_NAME,
                                                            HashSet.of(KeyUsage.DIGITAL_SIGNATURE), Vector.of(KeyPurpose.CLIENT_AUTH), Vector.empty())
                                                    .map(client -> new TestPki(ca, rsa, ecdsa, ed, client)))));
                }));
    }

    /** One generation run: the seed and the validity every certificate shares. */
    private record Generation(Bytes seed, Instant from, Instant to) {

        Either<PkiError, KeyPairDer> key(String name, KeyAlgorithm algorithm) {
            return Keys.generate(algorithm, SeededRandom.of(seed, name + " key"))
                    .mapLeft(e -> new PkiError.Generation(name + " key", e));
        }

        Either<PkiError, IssuedCertificate> leaf(String name, KeyAlgorithm algorithm, CertificateIssuer issuer, String subject,
                                                 Set<KeyUsage> usage, Vector<KeyPurpose> purposes, Vector<SubjectAltName> names) {
            return key(name, algorithm).flatMap(key -> issue(name, issuer, subject, key,
                    Option.some(BasicConstraints.endEntity()), usage, purposes, names));
        }

        Either<PkiError, IssuedCertificate> issue(String name, CertificateIssuer issuer, String subject, KeyPairDer key,
                                                  Option<BasicConstraints> basic, Set<KeyUsage> usage,
                                                  Vector<KeyPurpose> purposes, Vector<SubjectAltName> names) {
            SecureRandom random = SeededRandom.of(seed, name + " certificate");
            // 127 random bits plus one: positive, at most 16 octets (RFC 5280 section 4.1.2.2 allows 20).
            BigInteger serial = new BigInteger(127, random).add(BigInteger.ONE);
            CertificateTemplate template = new CertificateTemplate(subject, serial, from, to, key.subjectPublicKeyInfo(),
                    basic, usage, purposes, names, Vector.empty());
            return CertificateSigner.sign(template, issuer, random)
                    .map(certificate -> new IssuedCertificate(certificate, key))
                    .mapLeft(e -> new PkiError.Generation(name + " certificate", e));
        }
    }
}
