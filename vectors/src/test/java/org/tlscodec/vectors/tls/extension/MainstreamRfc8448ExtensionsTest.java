package org.tlscodec.vectors.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.vectors.tls.extension.MainstreamCaptureExtensionsTest.clientHelloExtensions;
import static org.tlscodec.vectors.tls.extension.MainstreamCaptureExtensionsTest.decodeTyped;
import static org.tlscodec.vectors.tls.extension.MainstreamCaptureExtensionsTest.serverHelloExtensions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.Cookie;
import org.tlscodec.tls.extension.EarlyDataIndication;
import org.tlscodec.tls.extension.EmptyExtension;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.NamedGroupList;
import org.tlscodec.tls.extension.OfferedPsks;
import org.tlscodec.tls.extension.Padding;
import org.tlscodec.tls.extension.PreSharedKeyServerHello;
import org.tlscodec.tls.extension.PskKeyExchangeModes;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.extension.ServerNameList;
import org.tlscodec.tls.extension.SignatureSchemeList;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.PskKeyExchangeMode;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Resources;

/**
 * The extension blocks of every handshake message of RFC 8448 that has one in the clear of its
 * structure (ClientHello, ServerHello, HelloRetryRequest, EncryptedExtensions, CertificateRequest,
 * NewSessionTicket), decoded strictly, mainstream types typed, re-encoded byte for byte; and the
 * values the RFC's scenarios depend on: the §4 pre_shared_key offer with the §3 ticket and the
 * binder the RFC computes, the §5 cookie echoed, record_size_limit, early_data.
 */
class MainstreamRfc8448ExtensionsTest {
    private static JsonNode traces;

    private static final List<String> SECTIONS = List.of("section_3_simple_1_rtt_handshake", "section_4_resumed_0_rtt_handshake",
            "section_5_helloretryrequest", "section_6_client_authentication", "section_7_compatibility_mode");

    @BeforeAll
    static void read() throws Exception {
        traces = new ObjectMapper().readTree(Resources.knownAnswers("rfc8448_tls13_traces.json").get());
    }

    private static Bytes message(String section, String name) {
        return Bytes.fromHex(traces.get(section).get("handshake_messages").get(name).asText());
    }

    private static Bytes body(Bytes message) {
        return message.drop(4);
    }

    private static int u8(Bytes b, int at) {
        return b.get(at);
    }

    private static int u16(Bytes b, int at) {
        return (b.get(at) << 8) | b.get(at + 1);
    }

    /** The extensions block of a TLS 1.3 message, by its msg_type, found by hand (RFC 8446 section 4). */
    private static Option<Block> block(Bytes message) {
        Bytes body = body(message);
        switch (message.get(0)) {
            case 1:
                return clientHelloExtensions(body).map(b -> new Block(ExtensionContext.CLIENT_HELLO, b));
            case 2: {
                boolean hrr = body.slice(2, 34).equals(MainstreamCaptureExtensionsTest.HRR_RANDOM);
                return serverHelloExtensions(body).map(b -> new Block(
                        hrr ? ExtensionContext.HELLO_RETRY_REQUEST : ExtensionContext.SERVER_HELLO, b));
            }
            case 8:
                return Option.some(new Block(ExtensionContext.ENCRYPTED_EXTENSIONS, body));
            case 13:
                return Option.some(new Block(ExtensionContext.CERTIFICATE_REQUEST, body.drop(1 + u8(body, 0))));
            case 4: {
                int p = 4 + 4;                         // ticket_lifetime, ticket_age_add
                p += 1 + u8(body, p);                  // ticket_nonce
                p += 2 + u16(body, p);                 // ticket
                return Option.some(new Block(ExtensionContext.NEW_SESSION_TICKET, body.drop(p)));
            }
            default:
                return Option.none();
        }
    }

    private record Block(ExtensionContext context, Bytes extensions) {
    }

    private static Vector<Extension> extensions(String section, String name) {
        Block t = block(message(section, name)).get();
        return decodeTyped(t.context(), t.extensions(), section + " " + name);
    }

    private static <E extends Extension> E find(Vector<Extension> list, Class<E> type) {
        return list.find(type::isInstance).map(type::cast).getOrElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    @TestFactory
    Stream<DynamicTest> everyRfc8448ExtensionBlockDecodesTypedAndReencodesExactly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String section : SECTIONS) {
            for (Map.Entry<String, JsonNode> m : traces.get(section).get("handshake_messages").properties()) {
                Bytes bytes = Bytes.fromHex(m.getValue().asText());
                block(bytes).forEach(t -> tests.add(DynamicTest.dynamicTest(section + " " + m.getKey(),
                        () -> assertThat(decodeTyped(t.context(), t.extensions(), section + " " + m.getKey())).isNotEmpty())));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5 * 3);
        return tests.stream();
    }

    @Test
    void theSimpleHandshakeOffersWhatSection3Says() {
        Vector<Extension> ch = extensions("section_3_simple_1_rtt_handshake", "ClientHello");
        assertThat(find(ch, ServerNameList.class).hostName().get().text()).isEqualTo("server");
        assertThat(find(ch, NamedGroupList.class).namedGroupList()).startsWith(NamedGroup.X25519, NamedGroup.SECP256R1);
        assertThat(find(ch, SignatureSchemeList.class).supportedSignatureAlgorithms()).hasSize(15)
                .startsWith(SignatureScheme.ECDSA_SECP256R1_SHA256);
        assertThat(find(ch, PskKeyExchangeModes.class).keModes()).containsExactly(PskKeyExchangeMode.PSK_DHE_KE);
        assertThat(find(ch, RecordSizeLimit.class).recordSizeLimit()).isEqualTo(0x4001);
        Vector<Extension> ee = extensions("section_3_simple_1_rtt_handshake", "EncryptedExtensions");
        assertThat(ee).contains(new EmptyExtension(ExtensionType.SERVER_NAME), new RecordSizeLimit(0x4001));
        Vector<Extension> nst = extensions("section_3_simple_1_rtt_handshake", "NewSessionTicket");
        assertThat(nst).containsExactly(new EarlyDataIndication(1024));
    }

    @Test
    void theResumedHandshakeOffersTheSection3TicketWithTheRfcsBinder() {
        String s4 = "section_4_resumed_0_rtt_handshake";
        Vector<Extension> ch = extensions(s4, "ClientHello");
        OfferedPsks psks = find(ch, OfferedPsks.class);
        assertThat(ch.last()).isSameAs(psks);

        Bytes ticketMessage = body(message("section_3_simple_1_rtt_handshake", "NewSessionTicket"));
        int p = 8 + 1 + u8(ticketMessage, 8);
        Bytes ticket = ticketMessage.slice(p + 2, p + 2 + u16(ticketMessage, p));
        assertThat(psks.identities()).hasSize(1);
        assertThat(psks.identities().get(0).identity()).isEqualTo(ticket);
        assertThat(psks.binders()).containsExactly(
                Bytes.fromHex(traces.get(s4).get("secrets").get("psk_binder").asText()));

        assertThat(ch).contains(new EmptyExtension(ExtensionType.EARLY_DATA));
        assertThat(find(ch, Padding.class).padding()).isEqualTo(Bytes.zeros(find(ch, Padding.class).padding().size()));
        assertThat(extensions(s4, "ServerHello")).contains(new PreSharedKeyServerHello(0));
        assertThat(extensions(s4, "EncryptedExtensions")).contains(new EmptyExtension(ExtensionType.EARLY_DATA));
    }

    @Test
    void theHelloRetryRequestCookieIsEchoedInTheSecondClientHello() {
        String s5 = "section_5_helloretryrequest";
        Cookie sent = find(extensions(s5, "HelloRetryRequest"), Cookie.class);
        assertThat(sent.cookie().size()).isEqualTo(0x72);
        assertThat(find(extensions(s5, "ClientHello_2"), Cookie.class)).isEqualTo(sent);
        assertThat(extensions(s5, "ClientHello_1")).noneMatch(e -> e instanceof Cookie);
    }

    @Test
    void theCertificateRequestAsksForItsSignatureAlgorithms() {
        Vector<Extension> cr = extensions("section_6_client_authentication", "CertificateRequest");
        assertThat(cr).hasSize(1);
        assertThat(find(cr, SignatureSchemeList.class).type()).isEqualTo(ExtensionType.SIGNATURE_ALGORITHMS);
        assertThat(find(cr, SignatureSchemeList.class).supportedSignatureAlgorithms()).hasSize(15);
    }
}
