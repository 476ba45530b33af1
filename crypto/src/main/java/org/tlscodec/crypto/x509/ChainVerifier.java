package org.tlscodec.crypto.x509;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Verifies a certification path in the manner of RFC 5280 section 6.1, at a given instant: every
 * signature with the next certificate's key, issuer/subject chaining, validity, the issuers'
 * basicConstraints and keyUsage, and the leaf's purpose. It does not stop at the first problem:
 * the answer lists them all. Not done: policies, name constraints, revocation.
 */
public final class ChainVerifier {
    private static final Set<String> HANDLED = HashSet.of("2.5.29.19", "2.5.29.15", "2.5.29.37", "2.5.29.17", "2.5.29.14", "2.5.29.35");

    private ChainVerifier() {
    }

    /**
     * Verifies {@code chain} (leaf first, as a TLS Certificate message sends it) up to one of
     * {@code anchors}. The anchor is the certificate whose subject is the last certificate's issuer;
     * its own signature is not checked (it is trusted), its validity is.
     */
    public static ChainVerification verify(Vector<ParsedCertificate> chain, Vector<ParsedCertificate> anchors, Instant at, Purpose purpose) {
        if (chain.isEmpty()) {
            return new ChainVerification(chain, Vector.of(new ChainProblem.EmptyChain()));
        }
        Vector<ChainProblem> problems = Vector.empty();
        ParsedCertificate last = chain.last();
        Vector<ParsedCertificate> path = chain;
        boolean lastIsAnchor = anchors.exists(a -> a.der().equals(last.der()));
        if (!lastIsAnchor) {
            Option<ParsedCertificate> anchor = anchors.find(a -> a.subject().equals(last.issuer()) && verifies(last, a).isEmpty())
                    .orElse(() -> anchors.find(a -> a.subject().equals(last.issuer())));
            if (anchor.isDefined()) {
                path = path.append(anchor.get());
            } else {
                problems = problems.append(new ChainProblem.NoTrustAnchor(chain.size() - 1, last.issuer()));
            }
        }
        for (int i = 0; i < path.size(); i++) {
            ParsedCertificate c = path.get(i);
            if (at.isBefore(c.notBefore())) {
                problems = problems.append(new ChainProblem.NotYetValid(i, c.notBefore(), at));
            }
            if (at.isAfter(c.notAfter())) {
                problems = problems.append(new ChainProblem.Expired(i, c.notAfter(), at));
            }
            for (RawExtension e : c.extensions().all()) {
                if (e.critical() && !HANDLED.contains(e.oid())) {
                    problems = problems.append(new ChainProblem.UnhandledCriticalExtension(i, e.oid()));
                }
            }
            if (i + 1 < path.size()) {
                problems = problems.appendAll(link(i, c, path.get(i + 1)));
            }
        }
        problems = problems.appendAll(leaf(path.head(), purpose));
        return new ChainVerification(path, problems);
    }

    /** The checks between a certificate at {@code position} and its issuer above it. */
    private static Vector<ChainProblem> link(int position, ParsedCertificate subject, ParsedCertificate issuer) {
        Vector<ChainProblem> problems = Vector.empty();
        int issuerPosition = position + 1;
        if (!subject.issuer().equals(issuer.subject())) {
            problems = problems.append(new ChainProblem.NameMismatch(position, subject.issuer(), issuer.subject()));
        }
        problems = problems.appendAll(verifies(subject, issuer).map(detail -> new ChainProblem.BadSignature(position, detail)));
        Option<BasicConstraints> basic = issuer.extensions().basicConstraints();
        if (!basic.exists(BasicConstraints::ca)) {
            problems = problems.append(new ChainProblem.NotACa(issuerPosition));
        }
        // The CAs strictly between this issuer and the leaf: positions 1 .. issuerPosition-1.
        int casBelow = issuerPosition - 1;
        Option<Integer> pathLength = basic.flatMap(BasicConstraints::pathLength);
        if (pathLength.exists(n -> casBelow > n)) {
            problems = problems.append(new ChainProblem.PathLengthExceeded(issuerPosition, pathLength.get(), casBelow));
        }
        if (issuer.extensions().keyUsage().exists(k -> !k.contains(KeyUsage.KEY_CERT_SIGN))) {
            problems = problems.append(new ChainProblem.MissingKeyCertSign(issuerPosition));
        }
        return problems;
    }

    private static Vector<ChainProblem> leaf(ParsedCertificate leaf, Purpose purpose) {
        if (purpose == Purpose.ANY) {
            return Vector.empty();
        }
        Vector<ChainProblem> problems = Vector.empty();
        if (leaf.extensions().keyUsage().exists(k -> !k.contains(KeyUsage.DIGITAL_SIGNATURE))) {
            problems = problems.append(new ChainProblem.MissingDigitalSignature(0));
        }
        KeyPurpose wanted = purpose == Purpose.TLS_SERVER ? KeyPurpose.SERVER_AUTH : KeyPurpose.CLIENT_AUTH;
        if (leaf.extensions().extendedKeyUsage().exists(e -> !e.contains(wanted) && !e.contains(KeyPurpose.ANY))) {
            problems = problems.append(new ChainProblem.WrongExtendedKeyUsage(0, wanted));
        }
        return problems;
    }

    /** None when {@code issuer}'s key verifies {@code subject}'s signature; else why not. */
    static Option<String> verifies(ParsedCertificate subject, ParsedCertificate issuer) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(Certificate.getInstance(subject.der().toArray()));
            X509CertificateHolder issuerHolder = new X509CertificateHolder(Certificate.getInstance(issuer.der().toArray()));
            boolean ok = holder.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(issuerHolder.getSubjectPublicKeyInfo()));
            return ok ? Option.none() : Option.some("the signature does not verify with the key of " + issuer.subject());
        } catch (Exception e) {
            return Option.some(BouncyCastle.describe(e));
        }
    }
}
