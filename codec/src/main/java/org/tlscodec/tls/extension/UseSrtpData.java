package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SrtpProtectionProfile;

/**
 * use_srtp: {@code struct { SRTPProtectionProfiles SRTPProtectionProfiles; opaque srtp_mki<0..255>; } UseSRTPData;}
 * with {@code SRTPProtectionProfile SRTPProtectionProfiles<2..2^16-1>} (RFC 5764 section 4.1.1).
 * The same shape in ClientHello and the server's answer (ServerHello in DTLS 1.2,
 * EncryptedExtensions in DTLS 1.3), where the list holds the one profile chosen. The field name is
 * the RFC's own, which is not snake_case there.
 */
public record UseSrtpData(Vector<SrtpProtectionProfile> srtpProtectionProfiles, Bytes srtpMki) implements Extension {
    public static final Codec<UseSrtpData> CODEC = struct(
            field("SRTPProtectionProfiles", vector(2, SrtpProtectionProfile.CODEC, 2, 0xffff), UseSrtpData::srtpProtectionProfiles),
            field("srtp_mki", opaque(1, 0, 255), UseSrtpData::srtpMki),
            UseSrtpData::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.USE_SRTP;
    }
}
