package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { HpkeKeyConfig key_config; uint8 maximum_name_length; opaque
 * public_name<1..255>; ECHConfigExtension extensions<0..2^16-1>; } ECHConfigContents;}
 * (draft-ietf-tls-esni-22 section 4): the body of an ECHConfig of version 0xfe0d. public_name is
 * the DNS name the outer ClientHello shows; maximum_name_length sizes the padding.
 */
public record EchConfigContents(HpkeKeyConfig keyConfig, int maximumNameLength, Bytes publicName,
                                Vector<EchConfigExtension> extensions) implements EchConfig {
    public static final Codec<EchConfigContents> CODEC = struct(
            field("key_config", HpkeKeyConfig.CODEC, EchConfigContents::keyConfig),
            field("maximum_name_length", uint8(), EchConfigContents::maximumNameLength),
            field("public_name", opaque(1, 1, 0xff), EchConfigContents::publicName),
            field("extensions", vector(2, EchConfigExtension.CODEC, 0, 0xffff), EchConfigContents::extensions),
            EchConfigContents::new);

    @Override
    public int version() {
        return VERSION_FE0D;
    }
}
