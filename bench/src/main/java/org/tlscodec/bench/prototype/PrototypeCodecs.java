package org.tlscodec.bench.prototype;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint8;

import io.vavr.collection.Vector;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.tlscodec.bench.synthetic.ClientHello;
import org.tlscodec.bench.synthetic.Extension;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.KeyShare;
import org.tlscodec.bench.synthetic.KeyShareEntry;
import org.tlscodec.bench.synthetic.ServerName;
import org.tlscodec.bench.synthetic.ServerNameEntry;
import org.tlscodec.bench.synthetic.SupportedGroups;
import org.tlscodec.bench.synthetic.UnknownExtension;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.codec.Constructors;
import org.tlscodec.codec.Field;
import org.tlscodec.codec.IntCodec;

/**
 * The synthetic structure of {@code org.tlscodec.bench.synthetic} declared again, field for field,
 * with a chosen set of {@link Suggestion}s swapped in for the core's combinators. With none it is
 * the same codec as {@link Handshake#CODEC}; the tests hold every variant to the same bytes.
 */
public final class PrototypeCodecs {
    private final Set<Suggestion> on;

    private PrototypeCodecs(Set<Suggestion> on) {
        this.on = on.isEmpty() ? EnumSet.noneOf(Suggestion.class) : EnumSet.copyOf(on);
    }

    /** The handshake codec with {@code suggestions} applied. */
    public static Codec<Handshake> handshake(Set<Suggestion> suggestions) {
        return new PrototypeCodecs(suggestions).handshake();
    }

    /** {@code none}, {@code all}, or one suggestion's name in lower case. */
    public static Set<Suggestion> named(String name) {
        switch (name) {
            case "none": return EnumSet.noneOf(Suggestion.class);
            case "all": return EnumSet.allOf(Suggestion.class);
            default: return EnumSet.of(Suggestion.valueOf(name.toUpperCase(Locale.ROOT)));
        }
    }

    private Codec<Handshake> handshake() {
        return struct2(
                field("msg_type", uint8(), Handshake::msgType),
                field("body", framed(3, clientHello()), Handshake::body),
                Handshake::new);
    }

    private Codec<ClientHello> clientHello() {
        Codec<ClientHello> codec;
        Field<ClientHello, Integer> version = field("legacy_version", uint16(), ClientHello::legacyVersion);
        Field<ClientHello, Bytes> random = field("random", fixed(32), ClientHello::random);
        Field<ClientHello, Bytes> sessionId = field("legacy_session_id", opaque(1, 0, 32), ClientHello::legacySessionId);
        Field<ClientHello, Vector<Integer>> suites = field("cipher_suites", intVector(2, uint16(), 2, 0xfffe), ClientHello::cipherSuites);
        Field<ClientHello, Bytes> compression = field("legacy_compression_methods", opaque(1, 1, 0xff), ClientHello::legacyCompressionMethods);
        Field<ClientHello, Vector<Extension>> extensions = field("extensions", vector(2, extension(), 0, 0xffff), ClientHello::extensions);
        if (on.contains(Suggestion.STRUCT)) {
            codec = ProtoStructs.struct(version, random, sessionId, suites, compression, extensions, ClientHello::new);
        } else {
            codec = Codecs.struct(version, random, sessionId, suites, compression, extensions, ClientHello::new);
        }
        return codec;
    }

    private Codec<Extension> extension() {
        Codec<ServerName> serverName = struct1(
                field("server_name_list", vector(2, struct2(
                        field("name_type", uint8(), ServerNameEntry::nameType),
                        field("host_name", opaque(2, 1, 0xffff), ServerNameEntry::host),
                        ServerNameEntry::new), 1, 0xffff), ServerName::names),
                ServerName::new);
        Codec<SupportedGroups> groups = struct1(
                field("named_group_list", intVector(2, uint16(), 2, 0xffff), SupportedGroups::groups),
                SupportedGroups::new);
        Codec<KeyShare> keyShare = struct1(
                field("client_shares", vector(2, struct2(
                        field("group", uint16(), KeyShareEntry::group),
                        field("key_exchange", opaque(2, 1, 0xffff), KeyShareEntry::keyExchange),
                        KeyShareEntry::new), 0, 0xffff), KeyShare::shares),
                KeyShare::new);
        if (on.contains(Suggestion.SELECT)) {
            return new ProtoSelect<Extension>(uint16(), Extension::type, 2,
                    new int[] {ServerName.TYPE, SupportedGroups.TYPE, KeyShare.TYPE},
                    new String[] {"server_name", "supported_groups", "key_share"},
                    new Class<?>[] {ServerName.class, SupportedGroups.class, KeyShare.class},
                    new Codec<?>[] {serverName, groups, keyShare},
                    UnknownExtension.class, UnknownExtension::new, UnknownExtension::type, UnknownExtension::data);
        }
        return select(uint16(), Extension::type)
                .framed(2)
                .caseOf(ServerName.TYPE, "server_name", ServerName.class, serverName)
                .caseOf(SupportedGroups.TYPE, "supported_groups", SupportedGroups.class, groups)
                .caseOf(KeyShare.TYPE, "key_share", KeyShare.class, keyShare)
                .otherwise(UnknownExtension.class, UnknownExtension::new, UnknownExtension::data);
    }

    private <A> Codec<Vector<A>> vector(int width, Codec<A> element, long min, long max) {
        return on.contains(Suggestion.VECTOR) ? new ProtoVector<>(width, element, min, max) : Codecs.vector(width, element, min, max);
    }

    /** A vector of uint16: the prototype is told the element width, which the core's UIntCodec knows. */
    private Codec<Vector<Integer>> intVector(int width, IntCodec element, long min, long max) {
        return on.contains(Suggestion.VECTOR) ? new ProtoIntVector(width, element, 2, min, max) : Codecs.vector(width, element, min, max);
    }

    private <R, A> Codec<R> struct1(Field<R, A> f1, Constructors.C1<A, R> make) {
        return on.contains(Suggestion.STRUCT) ? ProtoStructs.struct(f1, make) : Codecs.struct(f1, make);
    }

    private <R, A, B> Codec<R> struct2(Field<R, A> f1, Field<R, B> f2, Constructors.C2<A, B, R> make) {
        return on.contains(Suggestion.STRUCT) ? ProtoStructs.struct(f1, f2, make) : Codecs.struct(f1, f2, make);
    }
}
