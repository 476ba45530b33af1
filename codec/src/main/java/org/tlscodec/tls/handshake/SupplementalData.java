package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * SupplementalData (RFC 4680 section 2): {@code SupplementalDataEntry supp_data<1..2^24-1>;},
 * data exchanged before the certificates that the handshake itself does not define.
 */
public record SupplementalData(Vector<SupplementalDataEntry> suppData) implements HandshakeMessage {
    public static final Codec<SupplementalData> CODEC = struct(
            field("supp_data", vector(3, SupplementalDataEntry.CODEC, 1, 0xffffff), SupplementalData::suppData),
            SupplementalData::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SUPPLEMENTAL_DATA;
    }
}
