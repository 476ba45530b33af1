package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * server_name in ClientHello: {@code struct { ServerName server_name_list<1..2^16-1> } ServerNameList;}
 * (RFC 6066 section 3). In ServerHello and EncryptedExtensions the extension is empty.
 *
 * <p>Encoding refuses an {@link UnknownServerName} anywhere but last: it swallows the rest of the
 * list when read, so the bytes would not decode back to the same list.
 */
public record ServerNameList(Vector<ServerName> serverNameList) implements Extension {
    public static final Codec<ServerNameList> CODEC = struct(
            field("server_name_list", vector(2, ServerName.CODEC, 1, 0xffff)
                    .widen(v -> v, ServerNameList::unknownOnlyLast), ServerNameList::serverNameList),
            ServerNameList::new);

    /** A list of host_name entries. */
    public static ServerNameList ofHostNames(String... names) {
        return new ServerNameList(Vector.of(names).map(n -> (ServerName) HostName.ofAscii(n)));
    }

    /** The first host_name entry, if any. */
    public Option<HostName> hostName() {
        return serverNameList.find(n -> n instanceof HostName).map(n -> (HostName) n);
    }

    private static Either<String, Vector<ServerName>> unknownOnlyLast(Vector<ServerName> list) {
        boolean unknownBeforeEnd = list.dropRight(1).exists(n -> n instanceof UnknownServerName);
        return unknownBeforeEnd
                ? Either.left("an entry of unknown name_type takes the rest of the list, so it can only be last")
                : Either.right(list);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SERVER_NAME;
    }
}
