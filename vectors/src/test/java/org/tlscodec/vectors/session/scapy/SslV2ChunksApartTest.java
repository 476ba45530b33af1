package org.tlscodec.vectors.session.scapy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.session.captures.ChunksApart;

/**
 * An SSL 2.0 session's streams (Scapy's recorded one; 2- and 3-byte record headers, the first
 * record of each side opening the stream) cut into pieces of every size from 1 to 7 bytes, each in
 * its own array, dissect as its whole records do: the conversation finds where an SSL 2.0 record
 * ends from a header that straddles pieces, as its split would.
 */
class SslV2ChunksApartTest {
    private static final JsonNode SESSION = ScapySessions.session("sslv2_exp_rc4_128_md5_compromised_server_key");

    @Test
    void anSslV2SessionCutIntoPiecesOfOneToSevenBytesDissectsAsItsWholeRecords() {
        KnownSecrets known = KnownSecrets.none().withServerRsaKey(ScapySessions.serverKey(SESSION));
        Vector<Chunk> records = ScapySessions.chunks(SESSION);
        Dissection whole = Conversation.dissect(records, known);
        assertThat(whole.records()).isNotEmpty().allMatch(r -> r.version().equals(ProtocolVersion.SSL_2_0) && r.error().isEmpty());
        assertThat(whole.records().filter(r -> r.decrypted())).isNotEmpty();
        for (int n = 1; n <= 7; n++) {
            Dissection pieces = Conversation.dissect(ChunksApart.cutEvery(records, n), known);
            assertThat(pieces.records()).as("pieces of " + n).isEqualTo(whole.records());
            assertThat(pieces.summary()).isEqualTo(whole.summary());
            assertThat(pieces.streamErrors()).isEqualTo(whole.streamErrors());
        }
    }
}
