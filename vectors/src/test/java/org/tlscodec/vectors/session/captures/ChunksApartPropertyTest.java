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
 * Where and how a capture cuts each side's stream does not change the dissection, when the pieces
 * are not adjacent slices of one array (as the TCP payloads of separate packets are not), so that
 * the conversation joins the parts of a record that straddles pieces itself: the real bundled
 * connections' runs of records (one side sending several in a row) cut at every byte, every few
 * bytes and at generated points (inside record headers, inside records, many records in one
 * piece), each piece copied into an array of its own, give the records, offsets, contents,
 * summary and stream errors of the connection fed one record a chunk.
 */
class ChunksApartPropertyTest {
    private static final Vector<String> CASES = Vector.of("tls13_hrr", "tls12_ecdhe_rsa_aes256_sha384", "tls13_large_appdata");

    private static Vector<Chunk> records(String captureCase) {
        JsonNode expected = CaptureChunks.expected();
        return CaptureChunks.chunks(CaptureChunks.connection(expected, captureCase, 0), captureCase, 0);
    }

    private static KnownSecrets known(String captureCase) {
        return KnownSecrets.of(KeyLogFormat.read(Captures.keyLog(captureCase).get()).log());
    }

    private static void sameDissection(Dissection pieces, Dissection whole) {
        assertThat(pieces.records()).isEqualTo(whole.records());
        assertThat(pieces.summary()).isEqualTo(whole.summary());
        assertThat(pieces.streamErrors()).isEqualTo(whole.streamErrors());
    }

    @Test
    void piecesOfEveryOneToSevenBytesInTheirOwnArraysGiveTheDissectionOfWholeRecords() {
        for (String c : CASES) {
            Vector<Chunk> records = records(c);
            Dissection whole = Conversation.dissect(records, known(c));
            assertThat(whole.summary().decrypted()).as(c).isTrue();
            assertThat(whole.records().size()).as(c).isGreaterThan(8);
            for (int n = 1; n <= 7; n++) {
                sameDissection(Conversation.dissect(ChunksApart.cutEvery(records, n), known(c)), whole);
            }
        }
    }

    @Test
    void piecesCutAtGeneratedPointsInTheirOwnArraysGiveTheDissectionOfWholeRecords() {
        for (String c : CASES) {
            Vector<Chunk> records = records(c);
            KnownSecrets known = known(c);
            Dissection whole = Conversation.dissect(records, known);
            Property.named("chunks apart " + c).seed(4417).cases(30)
                    .check(Gen.listOf(Gen.oneOf(Gen.ints(0, 6), Gen.ints(0, 1500), Gen.ints(0, 20000)), 1, 40),
                            sizes -> sameDissection(Conversation.dissect(ChunksApart.cutApart(records, sizes), known), whole));
        }
    }

    @Test
    void aStreamThatStopsInsideAHeaderOrARecordGivesTheSameStreamErrorWhereverItIsCut() {
        String c = "tls13_large_appdata";
        Vector<Chunk> runs = ChunksApart.runs(records(c));
        KnownSecrets known = known(c);
        int lastRun = runs.last().bytes().size();
        for (int cutOff : new int[] {1, 3, lastRun - 2, lastRun - 7}) {
            Vector<Chunk> stopped = ChunksApart.withoutLast(runs, cutOff);
            Dissection whole = Conversation.dissect(stopped, known);
            assertThat(whole.streamErrors()).as("cut off " + cutOff).hasSize(1);
            for (int n : new int[] {1, 2, 5, 1460}) {
                sameDissection(Conversation.dissect(ChunksApart.cutEvery(stopped, n), known), whole);
            }
        }
    }
}
