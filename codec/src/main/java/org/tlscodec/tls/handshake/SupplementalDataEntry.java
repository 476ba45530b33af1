package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.SupplementalDataType;

/**
 * SupplementalDataEntry (RFC 4680 section 2): {@code SupplementalDataType supp_data_type; uint16
 * supp_data_length; select(type) { }} - the data of each type is defined elsewhere (RFC 4681 user
 * mapping, RFC 5878 authorization), so it is kept as the {@code supp_data_length} bytes it spans.
 */
public record SupplementalDataEntry(SupplementalDataType suppDataType, Bytes suppData) {
    public static final Codec<SupplementalDataEntry> CODEC = struct(
            field("supp_data_type", SupplementalDataType.CODEC, SupplementalDataEntry::suppDataType),
            field("supp_data", opaque16(), SupplementalDataEntry::suppData),
            SupplementalDataEntry::new);
}
