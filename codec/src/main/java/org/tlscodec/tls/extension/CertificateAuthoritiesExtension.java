package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * certificate_authorities: {@code struct { DistinguishedName authorities<3..2^16-1>; } CertificateAuthoritiesExtension;}
 * with {@code opaque DistinguishedName<1..2^16-1>;} (RFC 8446 section 4.2.4), in ClientHello and
 * CertificateRequest. Each name is a DER X.501 Name, kept as its bytes for the X.509 layer;
 * the lower bound is one name of one byte with its length.
 */
public record CertificateAuthoritiesExtension(Vector<Bytes> authorities) implements Extension {
    /** {@code opaque DistinguishedName<1..2^16-1>} (RFC 8446 section 4.2.4, as in RFC 5246 section 7.4.4). */
    public static final Codec<Bytes> DISTINGUISHED_NAME = opaque(2, 1, 0xffff);

    public static final Codec<CertificateAuthoritiesExtension> CODEC = struct(
            field("authorities", vector(2, DISTINGUISHED_NAME, 3, 0xffff), CertificateAuthoritiesExtension::authorities),
            CertificateAuthoritiesExtension::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.CERTIFICATE_AUTHORITIES;
    }
}
