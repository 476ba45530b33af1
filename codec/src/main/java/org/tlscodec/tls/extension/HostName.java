package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.opaque;

import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.NameType;

/**
 * {@code opaque HostName<1..2^16-1>;} (RFC 6066 section 3): a server_name entry of type host_name.
 * The bytes are kept as sent (the RFC says ASCII, without a trailing dot, but a dissector must
 * show what a peer really wrote, and the bytes must re-encode exactly).
 */
public record HostName(Bytes hostName) implements ServerName {
    public static final Codec<HostName> CODEC = opaque(2, 1, 0xffff).xmap(HostName::new, HostName::hostName);

    /** A host_name from text, written as ASCII. */
    public static HostName ofAscii(String name) {
        return new HostName(Bytes.of(name.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The name as text, each byte read as ISO-8859-1 so that no byte is lost or replaced. */
    public String text() {
        return new String(hostName.toArray(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public NameType nameType() {
        return NameType.HOST_NAME;
    }
}
