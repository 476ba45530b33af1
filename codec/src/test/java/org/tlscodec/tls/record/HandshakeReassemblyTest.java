package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.HandshakeType;

class HandshakeReassemblyTest {

    private static Bytes message(HandshakeType type, Bytes body) {
        return RawHandshake.CODEC.encode(new RawHandshake(type, body)).get();
    }

    private static Bytes pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return Bytes.of(b);
    }

    /** Cuts {@code stream} into records of at most {@code size} bytes. */
    private static Vector<Bytes> records(Bytes stream, int size) {
        Vector<Bytes> out = Vector.empty();
        for (int i = 0; i < stream.size(); i += size) {
            out = out.append(stream.slice(i, Math.min(stream.size(), i + size)));
        }
        return out;
    }

    @Test
    void theFramingIsMsgTypeAUint24LengthAndTheBody() {
        Bytes wire = Bytes.fromHex("0e000000");
        RawHandshake done = RawHandshake.CODEC.decode(wire).get();
        assertThat(done).isEqualTo(new RawHandshake(HandshakeType.SERVER_HELLO_DONE, Bytes.empty()));
        assertThat(RawHandshake.CODEC.decode(Bytes.fromHex("14000003aabb")).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("body"), 4, 3, 2));
        assertThat(RenderedText.tree("Handshake", RawHandshake.CODEC.render(new RawHandshake(HandshakeType.FINISHED, Bytes.fromHex("aa")))))
                .isEqualTo("###[ Handshake ]###\n  msg_type = finished (0x14)\n  body = aa (1 bytes)\n");
    }

    @Test
    void severalMessagesInOneRecord() {
        Bytes sh = message(HandshakeType.SERVER_HELLO, pattern(70));
        Bytes cert = message(HandshakeType.CERTIFICATE, pattern(900));
        Bytes done = message(HandshakeType.SERVER_HELLO_DONE, Bytes.empty());
        HandshakeReassembly r = HandshakeReassembly.reassemble(Vector.of(sh.concat(cert).concat(done)));
        assertThat(r.isComplete()).isTrue();
        assertThat(r.rawMessages().map(RawHandshake::msgType))
                .containsExactly(HandshakeType.SERVER_HELLO, HandshakeType.CERTIFICATE, HandshakeType.SERVER_HELLO_DONE);
        assertThat(r.messages().map(ReassembledHandshake::bytes)).containsExactly(sh, cert, done);
        assertThat(r.messages().map(ReassembledHandshake::firstRecord)).containsExactly(0, 0, 0);
        assertThat(r.messages().map(ReassembledHandshake::isFragmented)).containsExactly(false, false, false);
    }

    @Test
    void aHundredKilobyteMessageOverSevenRecords() {
        Bytes body = pattern(100_000);
        Bytes cert = message(HandshakeType.CERTIFICATE, body);
        Vector<Bytes> fragments = records(cert, 1 << 14);
        assertThat(fragments.size()).isEqualTo(7);
        HandshakeReassembly r = HandshakeReassembly.reassemble(fragments);
        assertThat(r.isComplete()).isTrue();
        assertThat(r.messages().size()).isEqualTo(1);
        ReassembledHandshake m = r.messages().get(0);
        assertThat(m.message()).isEqualTo(new RawHandshake(HandshakeType.CERTIFICATE, body));
        assertThat(m.bytes()).isEqualTo(cert);
        assertThat(m.firstRecord()).isZero();
        assertThat(m.lastRecord()).isEqualTo(6);
        assertThat(m.recordCount()).isEqualTo(7);
    }

    @Test
    void aHeaderSplitAcrossRecords() {
        Bytes first = message(HandshakeType.SERVER_HELLO, pattern(10));
        Bytes second = message(HandshakeType.CERTIFICATE, pattern(300));
        Bytes stream = first.concat(second);
        for (int cut = first.size() + 1; cut < first.size() + 4; cut++) {
            Vector<Bytes> fragments = Vector.of(stream.take(cut), stream.slice(cut, cut + 1), stream.drop(cut + 1));
            HandshakeReassembly r = HandshakeReassembly.reassemble(fragments);
            assertThat(r.isComplete()).isTrue();
            assertThat(r.messages().map(ReassembledHandshake::bytes)).containsExactly(first, second);
            assertThat(r.messages().get(1).firstRecord()).isEqualTo(0);
            assertThat(r.messages().get(1).lastRecord()).isEqualTo(2);
        }
    }

    @Test
    void everyWayOfCuttingTwoMessagesReassemblesTheSame() {
        Bytes a = message(HandshakeType.CLIENT_KEY_EXCHANGE, pattern(37));
        Bytes b = message(HandshakeType.FINISHED, pattern(12));
        Bytes stream = a.concat(b);
        for (int i = 0; i <= stream.size(); i++) {
            for (int j = i; j <= stream.size(); j++) {
                Vector<Bytes> fragments = Vector.of(stream.take(i), stream.slice(i, j), stream.drop(j));
                HandshakeReassembly r = HandshakeReassembly.reassemble(fragments);
                assertThat(r.isComplete()).isTrue();
                assertThat(r.messages().map(ReassembledHandshake::bytes)).containsExactly(a, b);
            }
        }
    }

    @Test
    void anIncompleteLastMessageIsTruncatedWithItsBytesKept() {
        Bytes a = message(HandshakeType.SERVER_HELLO, pattern(20));
        Bytes b = message(HandshakeType.CERTIFICATE, pattern(5000));
        Bytes stream = a.concat(b).take(a.size() + 3000);
        HandshakeReassembly r = HandshakeReassembly.reassemble(records(stream, 1000));
        assertThat(r.messages().map(ReassembledHandshake::bytes)).containsExactly(a);
        assertThat(r.leftover()).isEqualTo(b.take(3000));
        assertThat(r.error().get()).isEqualTo(new CodecError.Truncated(Path.of("handshake", "[1]", "body"),
                a.size() + 4, 5000, 2996));
        assertThat(r.isComplete()).isFalse();
        // A header cut short is truncated too.
        HandshakeReassembly h = HandshakeReassembly.reassemble(Vector.of(a.concat(Bytes.fromHex("0b00"))));
        assertThat(h.leftover()).isEqualTo(Bytes.fromHex("0b00"));
        assertThat(h.error().get()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void aHugeClaimKeepsTheBytesWithoutAllocatingForIt() {
        HandshakeReassembly r = HandshakeReassembly.reassemble(Vector.of(Bytes.fromHex("0bffffff01"), Bytes.fromHex("02")));
        assertThat(r.messages()).isEmpty();
        assertThat(r.leftover()).isEqualTo(Bytes.fromHex("0bffffff0102"));
        assertThat(r.error().get()).isEqualTo(new CodecError.Truncated(Path.of("handshake", "[0]", "body"), 4, 0xffffff, 2));
    }

    @Test
    void emptyFragmentsAndNoFragments() {
        assertThat(HandshakeReassembly.reassemble(Vector.empty()).isComplete()).isTrue();
        Bytes a = message(HandshakeType.FINISHED, pattern(12));
        HandshakeReassembly r = HandshakeReassembly.reassemble(Vector.of(Bytes.empty(), a.take(5), Bytes.empty(), a.drop(5), Bytes.empty()));
        assertThat(r.isComplete()).isTrue();
        assertThat(r.messages().get(0).firstRecord()).isEqualTo(1);
        assertThat(r.messages().get(0).lastRecord()).isEqualTo(3);
        assertThat(r.messages().get(0).bytes()).isEqualTo(a);
    }
}
