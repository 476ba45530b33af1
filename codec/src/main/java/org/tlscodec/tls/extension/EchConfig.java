package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Codec;

/**
 * {@code struct { uint16 version; uint16 length; select (ECHConfig.version) { case 0xfe0d:
 * ECHConfigContents contents; } } ECHConfig;} (draft-ietf-tls-esni-22 section 4): one ECH
 * configuration. The length frames the contents so that a client can skip versions it does not
 * know; those are kept as {@link UnknownEchConfig} with their bytes.
 */
public sealed interface EchConfig permits EchConfigContents, UnknownEchConfig {

    /** The version of this draft (the code point of the extension itself). */
    int VERSION_FE0D = 0xfe0d;

    Codec<EchConfig> CODEC = select(uint16(), EchConfig::version).framed(2)
            .caseOf(VERSION_FE0D, "contents", EchConfigContents.class, EchConfigContents.CODEC)
            .otherwise(UnknownEchConfig.class, UnknownEchConfig::new, UnknownEchConfig::contents)
            .named("ECHConfig");

    /** The version field on the wire. */
    int version();
}
