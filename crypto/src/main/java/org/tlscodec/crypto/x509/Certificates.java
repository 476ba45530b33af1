package org.tlscodec.crypto.x509;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;

/** Reading and writing certificates: DER, PEM, or whichever of the two the bytes are. */
public final class Certificates {
    /** The PEM label of a certificate (RFC 7468 section 5). */
    public static final String PEM_LABEL = "CERTIFICATE";

    private Certificates() {
    }

    /** One DER-encoded certificate; trailing bytes are an error. */
    public static Either<X509Error, ParsedCertificate> parse(Bytes der) {
        return CertificateParser.parse(der);
    }

    /** Every CERTIFICATE block of PEM text, in order; at least one. */
    public static Either<X509Error, Vector<ParsedCertificate>> parsePem(String text) {
        return Pem.decode(text).flatMap(blocks -> {
            Vector<Pem.Block> certificates = blocks.filter(b -> b.label().equals(PEM_LABEL));
            if (certificates.isEmpty()) {
                return Either.left(new X509Error.Malformed("no CERTIFICATE block in the PEM text"));
            }
            return Either.sequenceRight(certificates.map(b -> parse(b.der()))).map(Vector::ofAll);
        });
    }

    /** DER, or PEM text (then its first certificate). */
    public static Either<X509Error, ParsedCertificate> parseAny(Bytes bytes) {
        if (Pem.looksLikePem(bytes)) {
            return parsePem(new String(bytes.toArray(), StandardCharsets.US_ASCII)).map(Vector::head);
        }
        return parse(bytes);
    }

    /** The certificate as a PEM block. */
    public static String pem(ParsedCertificate certificate) {
        return Pem.encode(PEM_LABEL, certificate.der());
    }
}
