package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
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
            field("server_name_list", new UnknownOnlyLast(vector(2, ServerName.CODEC, 1, 0xffff)), ServerNameList::serverNameList),
            ServerNameList::new);

    /** A list of host_name entries. */
    public static ServerNameList ofHostNames(String... names) {
        return new ServerNameList(Vector.of(names).map(n -> (ServerName) HostName.ofAscii(n)));
    }

    /** The first host_name entry, if any. */
    public Option<HostName> hostName() {
        return serverNameList.find(n -> n instanceof HostName).map(n -> (HostName) n);
    }

    /**
     * The list's codec, refusing to write an {@link UnknownServerName} before the last entry. A codec
     * of its own rather than a {@code widen}, whose check answers an {@code Either}: this runs on
     * every encode of a hello, and allocates nothing.
     */
    private static final class UnknownOnlyLast implements Codec<Vector<ServerName>> {
        private final Codec<Vector<ServerName>> list;

        UnknownOnlyLast(Codec<Vector<ServerName>> list) {
            this.list = list;
        }

        @Override
        public Vector<ServerName> read(ByteReader in) {
            return list.read(in);
        }

        @Override
        public void write(ByteWriter out, Vector<ServerName> names) {
            if (unknownBeforeEnd(names)) {
                throw new CodecFailure(new CodecError.Invalid(Path.root(), out.size(),
                        "an entry of unknown name_type takes the rest of the list, so it can only be last"));
            }
            list.write(out, names);
        }

        // A list that cannot be written is shown as plain values, as a refused widen shows it.
        @Override
        public Rendered render(Vector<ServerName> names) {
            return unknownBeforeEnd(names) ? Rendered.of(names) : list.render(names);
        }

        private static boolean unknownBeforeEnd(Vector<ServerName> names) {
            for (int i = 0; i < names.size() - 1; i++) {
                if (names.get(i) instanceof UnknownServerName) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "unknownOnlyLast(" + list + ")";
        }
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SERVER_NAME;
    }
}
