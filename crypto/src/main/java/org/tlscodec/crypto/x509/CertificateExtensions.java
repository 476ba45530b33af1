package org.tlscodec.crypto.x509;

import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.extension.SignedCertificateTimestampList;

/**
 * The extensions this library reads, plus every extension raw. {@code sctList} is the
 * SignedCertificateTimestampList embedded by a CA (RFC 6962 section 3.3, OID
 * 1.3.6.1.4.1.11129.2.4.2): the TLS-encoded bytes inside the extension's inner OCTET STRING.
 */
public record CertificateExtensions(Option<BasicConstraints> basicConstraints, Option<Set<KeyUsage>> keyUsage,
                                    Option<Vector<KeyPurpose>> extendedKeyUsage, Vector<SubjectAltName> subjectAltNames,
                                    Option<Bytes> authorityKeyId, Option<Bytes> subjectKeyId, Option<Bytes> sctList,
                                    Vector<RawExtension> all) {

    /** The OID of the embedded SCT list extension (RFC 6962 section 3.3). */
    public static final String SCT_LIST_OID = "1.3.6.1.4.1.11129.2.4.2";

    /** The embedded SCTs decoded with the TLS structure of RFC 6962 section 3.3; none when the extension is absent. */
    public Option<Either<CodecError, SignedCertificateTimestampList>> signedCertificateTimestamps() {
        return sctList.map(SignedCertificateTimestampList.CODEC::decode);
    }

    /** The extension with this OID, if present. */
    public Option<RawExtension> find(String oid) {
        return all.find(e -> e.oid().equals(oid));
    }
}
