package org.tlscodec.vectors.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.EmptyExtension;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.RenegotiationInfo;
import org.tlscodec.tls.extension.SessionTicketClientHello;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.vectors.data.Captures;
import org.tlscodec.vectors.data.Resources;

/**
 * The specialist extensions in real hellos: the 13 OpenSSL 3.0 captures and the hellos in Scapy's
 * TLS test sessions carry encrypt_then_mac, extended_master_secret, session_ticket (empty and with
 * a ticket), renegotiation_info and next_protocol_negotiation. Every extension block decodes, those
 * types come out typed (never Unknown or Malformed), and the block re-encodes byte for byte.
 */
class SpecialistRealBytesTest {
    private static final Vector<ExtensionType> MINE = Vector.of(ExtensionType.ENCRYPT_THEN_MAC, ExtensionType.EXTENDED_MASTER_SECRET,
            ExtensionType.SESSION_TICKET, ExtensionType.RENEGOTIATION_INFO, ExtensionType.NEXT_PROTOCOL_NEGOTIATION);

    private static Vector<SpecialistHellos.Block> captureBlocks() {
        Vector<SpecialistHellos.Block> out = Vector.empty();
        for (String c : Captures.CASES) {
            for (int conn = 0; conn < Captures.connections(c); conn++) {
                for (Captures.Side side : Captures.Side.values()) {
                    String where = c + " conn" + conn + " " + side;
                    out = out.appendAll(Captures.stream(c, conn, side).map(s -> SpecialistHellos.blocks(where, s)).getOrElse(Vector.empty()));
                }
            }
        }
        return out;
    }

    private static Vector<SpecialistHellos.Block> scapyBlocks() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Resources.knownAnswers("scapy_tls_sessions.json").get());
        return hexRecords("scapy", root);
    }

    private static Vector<SpecialistHellos.Block> hexRecords(String path, JsonNode node) {
        Vector<SpecialistHellos.Block> out = Vector.empty();
        if (node.isTextual()) {
            String s = node.asText();
            if (s.matches("16030[0-4][0-9a-f]+") && s.length() % 2 == 0) {
                out = out.appendAll(SpecialistHellos.blocks(path, Bytes.fromHex(s)));
            }
        } else if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                out = out.appendAll(hexRecords(path + "/" + f.getKey(), f.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out = out.appendAll(hexRecords(path + "[" + i + "]", node.get(i)));
            }
        }
        return out;
    }

    /** Decodes a block, checks it re-encodes exactly and my types are typed; answers the count of my types seen, by type. */
    private static Map<ExtensionType, Integer> check(SpecialistHellos.Block b, boolean lenient) {
        var codec = Extensions.list(b.context(), lenient);
        Vector<Extension> list = codec.decode(b.extensions())
                .getOrElseThrow(e -> new AssertionError(b.where() + ": " + e.describe()));
        assertThat(codec.encode(list).get()).as(b.where()).isEqualTo(b.extensions());
        Map<ExtensionType, Integer> seen = HashMap.empty();
        for (Extension e : list) {
            if (MINE.contains(e.type())) {
                assertThat(e.getClass().getSimpleName()).as(b.where() + " " + e.type())
                        .isIn("EmptyExtension", "SessionTicketClientHello", "RenegotiationInfo", "NextProtocolNegotiationServerHello");
                seen = seen.put(e.type(), seen.getOrElse(e.type(), 0) + 1);
            }
        }
        return seen;
    }

    private static Map<ExtensionType, Integer> merge(Map<ExtensionType, Integer> a, Map<ExtensionType, Integer> b) {
        return a.merge(b, Integer::sum);
    }

    @Test
    void theCaptureHellosDecodeStrictlyWithTheirFlagTicketAndRenegotiationExtensionsTyped() {
        Vector<SpecialistHellos.Block> blocks = captureBlocks();
        // 13 captures, two connections in the two resumption cases, one hello a side, plus the HRR case's second pair.
        assertThat(blocks.size()).isGreaterThanOrEqualTo(30);
        Map<ExtensionType, Integer> seen = blocks.map(b -> check(b, false)).fold(HashMap.empty(), SpecialistRealBytesTest::merge);
        assertThat(seen.keySet()).contains(ExtensionType.ENCRYPT_THEN_MAC, ExtensionType.EXTENDED_MASTER_SECRET,
                ExtensionType.SESSION_TICKET, ExtensionType.RENEGOTIATION_INFO);
    }

    @Test
    void aResumingTls12ClientSendsItsTicketInSessionTicket() {
        Bytes stream = Captures.stream("tls12_ticket_resumption", 1, Captures.Side.CLIENT).get();
        SpecialistHellos.Block ch = SpecialistHellos.blocks("resumption", stream).head();
        Extension ticket = Extensions.list(ch.context(), false).decode(ch.extensions()).get()
                .find(e -> e.type().equals(ExtensionType.SESSION_TICKET)).get();
        assertThat(ticket).isInstanceOf(SessionTicketClientHello.class);
        assertThat(((SessionTicketClientHello) ticket).ticket().size()).isGreaterThan(100);
        assertThat(((SessionTicketClientHello) ticket).ticket().hex()).startsWith("15053e1532819824325a3d32e313acc6dddc1dca");
    }

    @Test
    void aTls12ServerAnswersAFirstHandshakeWithAnEmptyRenegotiationInfoAndTheFlags() {
        Bytes stream = Captures.stream("tls12_ecdhe_rsa_aes256_sha384", 0, Captures.Side.SERVER).get();
        SpecialistHellos.Block sh = SpecialistHellos.blocks("sh", stream).head();
        Vector<Extension> list = Extensions.list(sh.context(), false).decode(sh.extensions()).get();
        assertThat(list.head()).isEqualTo(new RenegotiationInfo(Bytes.empty()));
        assertThat(list).contains(new EmptyExtension(ExtensionType.SESSION_TICKET), new EmptyExtension(ExtensionType.ENCRYPT_THEN_MAC),
                new EmptyExtension(ExtensionType.EXTENDED_MASTER_SECRET));
    }

    @Test
    void theScapySessionHellosKeepTheirSpecialistExtensionsTypedAndReencodeExactly() throws Exception {
        Vector<SpecialistHellos.Block> blocks = scapyBlocks();
        assertThat(blocks.size()).isGreaterThanOrEqualTo(20);
        // Lenient: these hellos come from many clients, and an extension of another part may not read strictly.
        Map<ExtensionType, Integer> seen = blocks.map(b -> check(b, true)).fold(HashMap.empty(), SpecialistRealBytesTest::merge);
        assertThat(seen.keySet()).contains(ExtensionType.ENCRYPT_THEN_MAC, ExtensionType.EXTENDED_MASTER_SECRET,
                ExtensionType.SESSION_TICKET, ExtensionType.RENEGOTIATION_INFO, ExtensionType.NEXT_PROTOCOL_NEGOTIATION);
    }
}
