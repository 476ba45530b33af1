package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * srp in ClientHello: {@code opaque srp_I<1..2^8-1>;} (RFC 5054 section 2.8.1), the user name (in
 * UTF-8, SASLprep'd) the server looks the SRP verifier up by. Kept as bytes: the codec does not
 * judge the string. The server sends no srp extension back.
 */
public record SrpClientHello(Bytes srpI) implements Extension {
    public static final Codec<SrpClientHello> CODEC = struct(
            field("srp_I", opaque(1, 1, 0xff), SrpClientHello::srpI),
            SrpClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SRP;
    }
}
