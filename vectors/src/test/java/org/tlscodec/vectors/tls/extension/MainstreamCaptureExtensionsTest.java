package org.tlscodec.vectors.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.MalformedExtension;
import org.tlscodec.tls.extension.OfferedPsks;
import org.tlscodec.tls.extension.PreSharedKeyServerHello;
import org.tlscodec.tls.extension.ProtocolNameList;
import org.tlscodec.tls.extension.ServerNameList;
import org.tlscodec.tls.extension.UnknownExtension;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.vectors.data.Captures;

/**
 * Every plaintext ClientHello and ServerHello (HelloRetryRequest included) of the 13 real OpenSSL
 * captures: their extension blocks decode, every extension of a mainstream type is typed, the
 * block re-encodes byte for byte, the types come in tshark's order, and SNI and ALPN say what
 * tshark saw ({@code expected.json}).
 */
class MainstreamCaptureExtensionsTest {
    private static JsonNode expected;

    /** The extension types the mainstream catalog part defines. */
    static final Set<ExtensionType> MAINSTREAM = HashSet.of(
            ExtensionType.SERVER_NAME, ExtensionType.MAX_FRAGMENT_LENGTH, ExtensionType.STATUS_REQUEST,
            ExtensionType.SUPPORTED_GROUPS, ExtensionType.EC_POINT_FORMATS, ExtensionType.SIGNATURE_ALGORITHMS,
            ExtensionType.USE_SRTP, ExtensionType.HEARTBEAT, ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
            ExtensionType.STATUS_REQUEST_V2, ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, ExtensionType.CLIENT_CERTIFICATE_TYPE,
            ExtensionType.SERVER_CERTIFICATE_TYPE, ExtensionType.PADDING, ExtensionType.RECORD_SIZE_LIMIT,
            ExtensionType.COMPRESS_CERTIFICATE, ExtensionType.PRE_SHARED_KEY, ExtensionType.EARLY_DATA, ExtensionType.COOKIE,
            ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.CERTIFICATE_AUTHORITIES, ExtensionType.OID_FILTERS,
            ExtensionType.POST_HANDSHAKE_AUTH, ExtensionType.SIGNATURE_ALGORITHMS_CERT);

    /** SHA-256("HelloRetryRequest"): the random of a ServerHello that is a HelloRetryRequest (RFC 8446 section 4.1.3). */
    static final Bytes HRR_RANDOM = Bytes.fromHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    /** A handshake message: its msg_type and body, without the 4-byte header. */
    record Message(int msgType, Bytes body) {
    }

    /**
     * The plaintext handshake messages of one side's stream, found by walking record headers
     * ({@code type(1) version(2) length(2)}) and handshake headers ({@code msg_type(1) length(3)})
     * by hand, as the record layer is not there yet. It stops at the first application_data or
     * alert record, and in TLS 1.2 and older at ChangeCipherSpec, after which handshake records
     * are encrypted; TLS 1.3's ChangeCipherSpec is the middlebox-compatibility dummy.
     */
    static Vector<Message> plaintextHandshake(Bytes stream, boolean tls13) {
        List<Message> out = new ArrayList<>();
        Bytes pending = Bytes.empty();
        int pos = 0;
        while (pos + 5 <= stream.size()) {
            int type = stream.get(pos);
            int length = (stream.get(pos + 3) << 8) | stream.get(pos + 4);
            Bytes fragment = stream.slice(pos + 5, pos + 5 + length);
            pos += 5 + length;
            if (type == 20 && tls13) {
                continue;
            }
            if (type != 22) {
                break;
            }
            pending = pending.concat(fragment);
            while (pending.size() >= 4) {
                int n = (pending.get(1) << 16) | (pending.get(2) << 8) | pending.get(3);
                if (pending.size() < 4 + n) {
                    break;
                }
                out.add(new Message(pending.get(0), pending.slice(4, 4 + n)));
                pending = pending.drop(4 + n);
            }
        }
        return Vector.ofAll(out);
    }

    /** The extensions block (with its 2-byte length) of a ClientHello body (RFC 8446 section 4.1.2), if it has one. */
    static Option<Bytes> clientHelloExtensions(Bytes body) {
        int p = 2 + 32;
        p += 1 + body.get(p);                                    // legacy_session_id
        p += 2 + ((body.get(p) << 8) | body.get(p + 1));         // cipher_suites
        p += 1 + body.get(p);                                    // legacy_compression_methods
        return p < body.size() ? Option.some(body.drop(p)) : Option.none();
    }

    /** The extensions block of a ServerHello body (RFC 8446 section 4.1.3), if it has one. */
    static Option<Bytes> serverHelloExtensions(Bytes body) {
        int p = 2 + 32;
        p += 1 + body.get(p);                                    // legacy_session_id_echo
        p += 2 + 1;                                              // cipher_suite, legacy_compression_method
        return p < body.size() ? Option.some(body.drop(p)) : Option.none();
    }

    /** Decodes a block strictly, checks every mainstream type is typed and the block re-encodes exactly. */
    static Vector<Extension> decodeTyped(ExtensionContext context, Bytes block, String where) {
        Vector<Extension> list = Extensions.list(context, false).decode(block)
                .getOrElseThrow(e -> new AssertionError(where + ": " + e.describe()));
        for (Extension e : list) {
            if (MAINSTREAM.contains(e.type())) {
                assertThat(e).as("%s: %s", where, e.type()).isNotInstanceOfAny(UnknownExtension.class, MalformedExtension.class);
            }
        }
        assertThat(Extensions.list(context, false).encode(list).get()).as(where + " re-encoded").isEqualTo(block);
        return list;
    }

    @BeforeAll
    static void read() throws Exception {
        expected = new ObjectMapper().readTree(Captures.expectedJson().get());
    }

    private static Vector<Integer> codes(Vector<Extension> list) {
        return list.map(e -> e.type().code());
    }

    private static Vector<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return Vector.ofAll(out);
    }

    private static Vector<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return Vector.ofAll(out);
    }

    private static <E extends Extension> Option<E> find(Vector<Extension> list, Class<E> type) {
        return list.find(type::isInstance).map(type::cast);
    }

    private static void checkConnection(String captureCase, int connection) {
        JsonNode facts = expected.get("cases").get(captureCase).get("connections").get(connection);
        boolean tls13 = facts.get("version").asInt() == 0x0304;
        String where = captureCase + " #" + connection;

        Vector<Message> hellos = plaintextHandshake(Captures.stream(captureCase, connection, Captures.Side.CLIENT).get(), tls13)
                .filter(m -> m.msgType() == 1);
        assertThat(hellos).as(where + " ClientHellos").hasSize(facts.has("client_hello_2") ? 2 : 1);
        Vector<Extension> ch = decodeTyped(ExtensionContext.CLIENT_HELLO, clientHelloExtensions(hellos.get(0).body()).get(), where + " CH");
        JsonNode chFacts = facts.get("client_hello");
        assertThat(codes(ch)).as(where + " CH types").isEqualTo(ints(chFacts.get("extensions")));
        if (!chFacts.get("sni").isNull()) {
            assertThat(find(ch, ServerNameList.class).get().hostName().get().text()).isEqualTo(chFacts.get("sni").asText());
        }
        Vector<String> alpn = strings(chFacts.get("alpn"));
        assertThat(find(ch, ProtocolNameList.class).map(ProtocolNameList::names).getOrElse(Vector.empty()))
                .as(where + " CH ALPN").isEqualTo(alpn);
        if (hellos.size() == 2) {
            Vector<Extension> ch2 = decodeTyped(ExtensionContext.CLIENT_HELLO, clientHelloExtensions(hellos.get(1).body()).get(), where + " CH2");
            assertThat(codes(ch2)).as(where + " CH2 types").isEqualTo(ints(facts.get("client_hello_2").get("extensions")));
        }

        Vector<Message> serverHellos = plaintextHandshake(Captures.stream(captureCase, connection, Captures.Side.SERVER).get(), tls13)
                .filter(m -> m.msgType() == 2);
        for (Message sh : serverHellos) {
            boolean hrr = sh.body().slice(2, 34).equals(HRR_RANDOM);
            ExtensionContext context = hrr ? ExtensionContext.HELLO_RETRY_REQUEST : ExtensionContext.SERVER_HELLO;
            Vector<Extension> list = decodeTyped(context, serverHelloExtensions(sh.body()).get(), where + " " + context.column());
            JsonNode shFacts = hrr ? facts.get("hello_retry_request_info") : facts.get("server_hello");
            assertThat(codes(list)).as(where + " " + context.column() + " types").isEqualTo(ints(shFacts.get("extensions")));
            if (!hrr) {
                JsonNode selected = shFacts.get("alpn");
                assertThat(find(list, ProtocolNameList.class).map(ProtocolNameList::names))
                        .as(where + " SH ALPN")
                        .isEqualTo(selected.isNull() ? Option.none() : Option.some(Vector.of(selected.asText())));
            }
        }
        assertThat(serverHellos).as(where + " ServerHellos").hasSize(facts.get("hello_retry_request").asBoolean() ? 2 : 1);
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedHelloDecodesTypedAndReencodesExactly() {
        return Captures.CASES.toJavaStream().flatMap(c -> Stream.iterate(0, i -> i < Captures.connections(c), i -> i + 1)
                .map(i -> DynamicTest.dynamicTest(c + " connection " + i, () -> checkConnection(c, i))));
    }

    @Test
    void theResumingClientHelloOffersOneTicketAndTheServerTakesIt() {
        Vector<Extension> ch = decodeTyped(ExtensionContext.CLIENT_HELLO, clientHelloExtensions(
                plaintextHandshake(Captures.stream("tls13_psk_resumption", 1, Captures.Side.CLIENT).get(), true).get(0).body()).get(), "CH");
        OfferedPsks psks = find(ch, OfferedPsks.class).get();
        assertThat(psks.identities()).hasSize(1);
        assertThat(psks.binders()).hasSize(1);
        assertThat(psks.binders().get(0).size()).isEqualTo(48); // TLS_AES_256_GCM_SHA384: an HMAC-SHA384
        assertThat(ch.last()).isSameAs(psks); // RFC 8446 section 4.2.11: pre_shared_key comes last
        Vector<Extension> sh = decodeTyped(ExtensionContext.SERVER_HELLO, serverHelloExtensions(
                plaintextHandshake(Captures.stream("tls13_psk_resumption", 1, Captures.Side.SERVER).get(), true).get(0).body()).get(), "SH");
        assertThat(find(sh, PreSharedKeyServerHello.class).get().selectedIdentity()).isZero();
    }

    @Test
    void theCapturesHoldMainstreamTypesOfBothHellos() {
        Set<ExtensionType> seen = HashSet.empty();
        for (String c : Captures.CASES) {
            for (int i = 0; i < Captures.connections(c); i++) {
                boolean tls13 = expected.get("cases").get(c).get("connections").get(i).get("version").asInt() == 0x0304;
                for (Message m : plaintextHandshake(Captures.stream(c, i, Captures.Side.CLIENT).get(), tls13)) {
                    if (m.msgType() == 1) {
                        seen = seen.addAll(decodeTyped(ExtensionContext.CLIENT_HELLO, clientHelloExtensions(m.body()).get(), c)
                                .map(Extension::type).filter(MAINSTREAM::contains));
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(ExtensionType.SERVER_NAME, ExtensionType.EC_POINT_FORMATS,
                ExtensionType.SUPPORTED_GROUPS, ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                ExtensionType.SIGNATURE_ALGORITHMS, ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.PRE_SHARED_KEY);
    }
}
