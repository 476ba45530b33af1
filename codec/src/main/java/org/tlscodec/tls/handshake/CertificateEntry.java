package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;

/**
 * One entry of a TLS 1.3 certificate_list (RFC 8446 section 4.4.2): the certificate, or with
 * RFC 7250 raw public keys the SubjectPublicKeyInfo, then its own extensions (OCSP status and SCTs
 * per certificate, in the CT column). Both forms are {@code opaque <1..2^24-1>}; only the field's
 * name differs, so one record serves both and the codec carries the RFC's name for each.
 */
public record CertificateEntry(Bytes data, Vector<Extension> extensions) {
    private static final Codec<CertificateEntry> X509_STRICT = build("cert_data", false);
    private static final Codec<CertificateEntry> X509_LENIENT = build("cert_data", true);
    private static final Codec<CertificateEntry> RPK_STRICT = build("ASN1_subjectPublicKeyInfo", false);
    private static final Codec<CertificateEntry> RPK_LENIENT = build("ASN1_subjectPublicKeyInfo", true);

    /** An X.509 entry, strict. */
    public static final Codec<CertificateEntry> CODEC = X509_STRICT;

    /** The entry codec for X.509 certificates ({@code rawPublicKey} false) or raw public keys. */
    public static Codec<CertificateEntry> codec(boolean rawPublicKey, boolean lenient) {
        if (rawPublicKey) {
            return lenient ? RPK_LENIENT : RPK_STRICT;
        }
        return lenient ? X509_LENIENT : X509_STRICT;
    }

    private static Codec<CertificateEntry> build(String dataName, boolean lenient) {
        return struct(
                field(dataName, opaque(3, 1, 0xffffff), CertificateEntry::data),
                field("extensions", Extensions.list(ExtensionContext.CERTIFICATE, lenient), CertificateEntry::extensions),
                CertificateEntry::new);
    }
}
