package org.tlscodec.tls.extension;

import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.NameType;

/**
 * {@code struct { NameType name_type; select (name_type) { case host_name: HostName; } name; } ServerName;}
 * (RFC 6066 section 3).
 *
 * <p>RFC 6066 dropped RFC 4366's rule that the data of a future name type begins with a 16-bit
 * length, so the end of an entry of an unknown name_type cannot be found. Such an entry is kept
 * as {@link UnknownServerName} holding the rest of the list: no byte is lost and the list still
 * re-encodes exactly, but nothing after it is read as entries. (Parsing a 16-bit length anyway,
 * as RFC 4366 promised, would misread any future type that does not follow it.)
 */
public sealed interface ServerName permits HostName, UnknownServerName {

    /** The name_type on the wire. */
    NameType nameType();

    Codec<ServerName> CODEC = Codecs.select(NameType.CODEC, ServerName::nameType)
            .caseOf(NameType.HOST_NAME, "host_name", HostName.class, HostName.CODEC)
            .otherwise(UnknownServerName.class, UnknownServerName::new, UnknownServerName::rest)
            .named("ServerName");
}
