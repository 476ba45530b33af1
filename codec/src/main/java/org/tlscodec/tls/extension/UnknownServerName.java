package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NameType;

/**
 * A server_name entry of a name_type RFC 6066 does not define, with {@code rest}: every byte of
 * the list after its name_type, since the entry's end cannot be known (see {@link ServerName}).
 * It can only be the last entry of a {@link ServerNameList}.
 */
public record UnknownServerName(NameType nameType, Bytes rest) implements ServerName {
}
