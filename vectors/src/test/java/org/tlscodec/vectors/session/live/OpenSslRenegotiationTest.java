package org.tlscodec.vectors.session.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogReading;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.RenegotiationInfo;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.crypto.cipher.OpenSslCase;
import org.tlscodec.vectors.data.Captures;

/**
 * A real TLS 1.2 renegotiation (RFC 5246 section 7.4.1.2, RFC 5746): OpenSSL's s_client renegotiates
 * an ECDHE-RSA AES-128-GCM connection with s_server ({@link OpenSslRenegotiation}), and the relay's
 * chunks go through {@link Conversation#dissect} with the client's key log. Both handshakes must be
 * seen whole, the second one inside records protected by the first one's keys; renegotiation_info
 * must carry the first handshake's Finished verify_data (RFC 5746 section 3.4, 3.5); and every
 * application-data record on either side of the renegotiation must open to what was sent.
 * Skipped when the openssl command is missing (the CI installs it, .ci/run).
 */
class OpenSslRenegotiationTest {

    private static final OpenSslCase CASE = OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
            "ECDHE-RSA-AES128-GCM-SHA256", OpenSslCase.ServerKey.RSA);

    /** The messages of one full ECDHE-RSA handshake as OpenSSL 3.0 runs it (RFC 5246 section 7.3; a ticket, RFC 5077 section 3.3). */
    private static final Vector<String> FULL_HANDSHAKE = Vector.of("client_hello", "server_hello", "certificate", "server_key_exchange",
            "server_hello_done", "client_key_exchange", "finished", "new_session_ticket", "finished");

    @TempDir
    static Path work;

    private static OpenSslRenegotiation talk;
    private static Dissection dissection;

    @BeforeAll
    static void holdTheConversation() throws Exception {
        Assumptions.assumeTrue(opensslRuns(), "the openssl command is needed (OpenSSL 3.0; .ci/run installs it)");
        Path pki = Files.createDirectories(work.resolve("pki"));
        for (String file : Vector.of("server-rsa.pem", "server-rsa.key")) {
            Bytes content = Captures.resource("pki/" + file).getOrElseThrow(e -> new AssertionError("test PKI: " + e));
            Files.write(pki.resolve(file), content.toArray());
        }
        talk = OpenSslRenegotiation.hold(CASE, pki, work.resolve("conversation"));
        KeyLogReading log = KeyLogFormat.read(talk.keyLog());
        assertThat(log.errors()).as("key log lines that do not read").isEmpty();
        assertThat(log.log().entries()).as("one CLIENT_RANDOM line per handshake in the key log").hasSize(2);
        dissection = Conversation.dissect(talk.chunks(), KnownSecrets.of(log.log()));
    }

    private static boolean opensslRuns() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException missing) {
            return false;
        }
    }

    /** Each handshake message with the record it came in. */
    private static Vector<Tuple2<DissectedRecord, HandshakeMessage>> handshakeMessages() {
        return dissection.records().flatMap(r -> r.contents().filter(c -> c instanceof RecordContent.HandshakeContent)
                .map(c -> Tuple.of(r, ((RecordContent.HandshakeContent) c).message())));
    }

    private static String name(HandshakeMessage m) {
        return m.msgType().name().getOrElse(m.msgType().toString());
    }

    /** The index of the record carrying the second ClientHello: where the renegotiation starts. */
    private static int secondClientHello() {
        return handshakeMessages().filter(t -> t._2 instanceof ClientHello).get(1)._1.index();
    }

    private static RenegotiationInfo renegotiationInfo(Option<Vector<Extension>> extensions, String hello) {
        return extensions.getOrElse(Vector.empty()).filter(e -> e instanceof RenegotiationInfo).map(e -> (RenegotiationInfo) e)
                .headOption().getOrElseThrow(() -> new AssertionError(hello + " has no renegotiation_info"));
    }

    @Test
    void noRecordOfTheRenegotiatedConnectionHasAnErrorAndEveryProtectedOneDecrypts() {
        assertThat(dissection.records().filter(r -> r.error().isDefined()).map(r -> r.index() + " " + r.sender() + ": " + r.error().get()))
                .as("records with an error" + talk.diagnostics()).isEmpty();
        assertThat(dissection.streamErrors()).as("stream errors").isEmpty();
        assertThat(dissection.summary().decrypted()).as("every protected record decrypted").isTrue();
        assertThat(dissection.summary().cipherSuite()).contains(CASE.suite());
    }

    @Test
    void twoFullHandshakesAreSeenTheSecondDecryptedInsideProtectedRecords() {
        Vector<Tuple2<DissectedRecord, HandshakeMessage>> all = handshakeMessages();
        int split = secondClientHello();
        Vector<Tuple2<DissectedRecord, HandshakeMessage>> first = all.filter(t -> t._1.index() < split);
        Vector<Tuple2<DissectedRecord, HandshakeMessage>> second = all.filter(t -> t._1.index() >= split);

        assertThat(first.map(t -> name(t._2))).as("the first handshake").containsExactlyElementsOf(FULL_HANDSHAKE);
        assertThat(second.map(t -> name(t._2))).as("the renegotiation").containsExactlyElementsOf(FULL_HANDSHAKE);
        assertThat(second.forAll(t -> t._1.protectedRecord() && t._1.decrypted()))
                .as("every message of the renegotiation came in a protected record and was decrypted").isTrue();
        assertThat(dissection.session().negotiated().handshakes()).as("completed handshakes").isEqualTo(2);
        Vector<Bytes> randoms = all.filter(t -> t._2 instanceof ClientHello).map(t -> ((ClientHello) t._2).random().bytes());
        assertThat(randoms.distinct()).as("a new client random for the renegotiation (a full handshake)").hasSize(2);
    }

    @Test
    void renegotiationInfoIsEmptyFirstThenThePreviousFinishedVerifyData() {
        Vector<Tuple2<DissectedRecord, HandshakeMessage>> all = handshakeMessages();
        int split = secondClientHello();
        Vector<Tuple2<DissectedRecord, HandshakeMessage>> first = all.filter(t -> t._1.index() < split);
        Bytes clientVerifyData = first.filter(t -> t._2 instanceof Finished && t._1.sender() == ConnectionEnd.CLIENT)
                .map(t -> ((Finished) t._2).verifyData()).single();
        Bytes serverVerifyData = first.filter(t -> t._2 instanceof Finished && t._1.sender() == ConnectionEnd.SERVER)
                .map(t -> ((Finished) t._2).verifyData()).single();
        Vector<ClientHello> clientHellos = all.map(Tuple2::_2).filter(m -> m instanceof ClientHello).map(m -> (ClientHello) m);
        Vector<ServerHello> serverHellos = all.map(Tuple2::_2).filter(m -> m instanceof ServerHello).map(m -> (ServerHello) m);

        assertThat(clientVerifyData.size()).as("TLS 1.2 verify_data length (RFC 5246 section 7.4.9)").isEqualTo(12);
        // OpenSSL's first ClientHello signals RFC 5746 with the SCSV (section 3.3), not the extension.
        assertThat(clientHellos.get(0).cipherSuites()).contains(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV);
        assertThat(renegotiationInfo(serverHellos.get(0).extensions(), "the first ServerHello").renegotiatedConnection())
                .as("the first ServerHello's renegotiation_info (RFC 5746 section 3.6)").isEqualTo(Bytes.empty());
        assertThat(renegotiationInfo(clientHellos.get(1).extensions(), "the second ClientHello").renegotiatedConnection())
                .as("the second ClientHello's renegotiation_info: the first client_verify_data (RFC 5746 section 3.5)")
                .isEqualTo(clientVerifyData);
        assertThat(renegotiationInfo(serverHellos.get(1).extensions(), "the second ServerHello").renegotiatedConnection())
                .as("the second ServerHello's renegotiation_info: client_verify_data + server_verify_data (RFC 5746 section 3.5)")
                .isEqualTo(clientVerifyData.concat(serverVerifyData));
    }

    @Test
    void everyApplicationDataRecordBeforeAndAfterTheRenegotiationDecryptsToWhatWasSent() {
        int split = secondClientHello();
        assertThat(data(ConnectionEnd.CLIENT, true, split)).as("the client's data before").isEqualTo(OpenSslRenegotiation.BEFORE);
        assertThat(data(ConnectionEnd.CLIENT, false, split)).as("the client's data after").isEqualTo(OpenSslRenegotiation.AFTER);
        assertThat(data(ConnectionEnd.SERVER, true, split)).as("the server's data before")
                .isEqualTo(OpenSslRenegotiation.reversed(OpenSslRenegotiation.BEFORE));
        assertThat(data(ConnectionEnd.SERVER, false, split)).as("the server's data after")
                .isEqualTo(OpenSslRenegotiation.reversed(OpenSslRenegotiation.AFTER));
        Vector<DissectedRecord> afterRecords = dissection.records()
                .filter(r -> r.index() > split && r.innerType().exists(t -> t.equals(ContentType.APPLICATION_DATA)));
        assertThat(afterRecords.filter(r -> r.sender() == ConnectionEnd.CLIENT).size())
                .as("the client's data after the renegotiation spans more than one record").isGreaterThan(1);
        assertThat(dissection.records().filter(r -> r.type().equals(ContentType.APPLICATION_DATA))
                .forAll(r -> r.protectedRecord() && r.decrypted() && r.contents().forAll(c -> c instanceof RecordContent.ApplicationData)))
                .as("every application_data record decrypted to application data").isTrue();
    }

    /** One side's application data, joined, from the records before (or after) record {@code split}. */
    private static Bytes data(ConnectionEnd sender, boolean before, int split) {
        return dissection.records().filter(r -> r.sender() == sender && (before ? r.index() < split : r.index() > split))
                .flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.ApplicationData)
                .foldLeft(Bytes.empty(), (joined, c) -> joined.concat(((RecordContent.ApplicationData) c).data()));
    }

    @Test
    void everyByteTheRelayKeptFromEitherSideIsInADissectedRecord() {
        Bytes client = talk.chunks().filter(c -> c.sender() == ConnectionEnd.CLIENT).map(Chunk::bytes).foldLeft(Bytes.empty(), Bytes::concat);
        Bytes server = talk.chunks().filter(c -> c.sender() == ConnectionEnd.SERVER).map(Chunk::bytes).foldLeft(Bytes.empty(), Bytes::concat);
        long dissectedClient = dissection.records().filter(r -> r.sender() == ConnectionEnd.CLIENT).map(r -> 5L + r.length()).sum().longValue();
        long dissectedServer = dissection.records().filter(r -> r.sender() == ConnectionEnd.SERVER).map(r -> 5L + r.length()).sum().longValue();
        assertThat(dissectedClient).as("client bytes in records").isEqualTo(client.size());
        assertThat(dissectedServer).as("server bytes in records").isEqualTo(server.size());
    }
}
