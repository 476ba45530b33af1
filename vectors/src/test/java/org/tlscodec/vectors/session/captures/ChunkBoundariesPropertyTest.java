package org.tlscodec.vectors.session.captures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.vectors.data.Captures;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * Where a capture cuts the bytes does not matter: each record of a real connection cut into
 * generated pieces (as TCP segments cut them; records and handshake headers split anywhere), fed in
 * the same order, gives the same dissection as whole records.
 */
class ChunkBoundariesPropertyTest {

    private static Vector<Chunk> cut(Vector<Chunk> records, Vector<Integer> cuts) {
        Vector<Chunk> out = Vector.empty();
        int k = 0;
        for (Chunk c : records) {
            int at = 0;
            while (at < c.bytes().size()) {
                int n = 1 + cuts.get(k++ % cuts.size());
                out = out.append(new Chunk(c.sender(), c.bytes().slice(at, Math.min(c.bytes().size(), at + n))));
                at += n;
            }
        }
        return out;
    }

    @Test
    void cuttingRecordsIntoPiecesAnywhereGivesTheSameDissection() {
        JsonNode expected = CaptureChunks.expected();
        for (String c : Vector.of("tls13_hrr", "tls12_ecdhe_rsa_aes256_sha384")) {
            JsonNode conn = CaptureChunks.connection(expected, c, 0);
            Vector<Chunk> records = CaptureChunks.chunks(conn, c, 0);
            KnownSecrets known = KnownSecrets.of(KeyLogFormat.read(Captures.keyLog(c).get()).log());
            Dissection whole = Conversation.dissect(records, known);
            assertThat(whole.summary().decrypted()).isTrue();

            Property.named("chunk boundaries " + c).seed(793).cases(25).check(Gen.listOf(Gen.oneOf(Gen.ints(0, 6), Gen.ints(0, 700)), 1, 40), cuts -> {
                Dissection pieces = Conversation.dissect(cut(records, cuts), known);
                assertThat(pieces.records()).isEqualTo(whole.records());
                assertThat(pieces.summary()).isEqualTo(whole.summary());
            });
        }
    }
}
