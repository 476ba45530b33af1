package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * ec_point_formats: {@code struct { ECPointFormat ec_point_format_list<1..2^8-1> } ECPointFormatList;}
 * (RFC 8422 section 5.1.2), in ClientHello and the TLS 1.2 ServerHello. Only uncompressed is
 * defined now, but old peers list the deprecated compressed formats, which are kept.
 */
public record ECPointFormatList(Vector<ECPointFormat> ecPointFormatList) implements Extension {
    public static final Codec<ECPointFormatList> CODEC = struct(
            field("ec_point_format_list", vector(1, ECPointFormat.CODEC, 1, 0xff), ECPointFormatList::ecPointFormatList),
            ECPointFormatList::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.EC_POINT_FORMATS;
    }
}
