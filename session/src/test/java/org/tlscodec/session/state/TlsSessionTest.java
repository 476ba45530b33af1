package org.tlscodec.session.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.tls.registry.NamedGroup;

/** The session's per-direction accessors, {@code mirror()}, the pending switch and what toString hides. */
class TlsSessionTest {

    private static final ConnState CLIENT_WRITES = ConnState.unknownKeys(Epoch.HANDSHAKE).counted().counted();
    private static final ConnState SERVER_WRITES = ConnState.unknownKeys(Epoch.APPLICATION).counted();

    private static TlsSession clientView() {
        return TlsSession.start(ConnectionEnd.CLIENT, KnownSecrets.none())
                .withCurrent(ConnectionEnd.CLIENT, CLIENT_WRITES)
                .withCurrent(ConnectionEnd.SERVER, SERVER_WRITES)
                .withHandshakeBytes(ConnectionEnd.SERVER, Bytes.ofUnsigned(0x0b, 0x00));
    }

    @Test
    void theClientsRecordsAreTheClientsWriteStateAndTheServersItsReadState() {
        TlsSession s = clientView();

        assertThat(s.write()).isEqualTo(CLIENT_WRITES);
        assertThat(s.read()).isEqualTo(SERVER_WRITES);
        assertThat(s.readHandshakeBytes()).isEqualTo(Bytes.ofUnsigned(0x0b, 0x00));
    }

    @Test
    void mirrorSwapsReadAndWriteButKeepsWhatProtectsEachSendersRecords() {
        TlsSession s = clientView();
        TlsSession m = s.mirror();

        assertThat(m.end()).isEqualTo(ConnectionEnd.SERVER);
        assertThat(m.write()).isEqualTo(SERVER_WRITES);
        assertThat(m.read()).isEqualTo(CLIENT_WRITES);
        for (ConnectionEnd sender : ConnectionEnd.values()) {
            assertThat(m.current(sender)).isEqualTo(s.current(sender));
            assertThat(m.handshakeBytes(sender)).isEqualTo(s.handshakeBytes(sender));
        }
        assertThat(m.mirror()).isEqualTo(s);
    }

    @Test
    void activatingWithoutAPendingStateProtectsTheDirectionWithUnknownKeys() {
        TlsSession s = TlsSession.start(ConnectionEnd.CLIENT, KnownSecrets.none()).activatePending(ConnectionEnd.SERVER, Epoch.CIPHER_SPEC);

        assertThat(s.read().protectsRecords()).isTrue();
        assertThat(s.read().canOpen()).isFalse();
        assertThat(s.write().protectsRecords()).isFalse();
    }

    @Test
    void activatingMakesThePendingStateCurrentAndClearsIt() {
        ConnState pending = ConnState.unknownKeys(Epoch.CIPHER_SPEC).counted();
        TlsSession s = TlsSession.start(ConnectionEnd.SERVER, KnownSecrets.none())
                .withPending(ConnectionEnd.CLIENT, Option.some(pending))
                .activatePending(ConnectionEnd.CLIENT, Epoch.CIPHER_SPEC);

        assertThat(s.read()).isEqualTo(pending);
        assertThat(s.pendingRead()).isEmpty();
    }

    @Test
    void knownSecretsAndSessionSecretsNeverPrintTheirBytes() {
        Bytes secret = Bytes.fromHex("49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005");
        KnownSecrets known = KnownSecrets.of(KeyLog.empty()).withMasterSecret(secret)
                .withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.X25519, secret)
                .withPsk(Bytes.ofUnsigned(1, 2), secret, KnownSecrets.PskKind.EXTERNAL);
        SessionSecrets secrets = SessionSecrets.none().withMasterSecret(secret).withResumptionMasterSecret(secret)
                .withTicket(new SessionSecrets.Ticket(Bytes.ofUnsigned(9), secret, org.tlscodec.tls.registry.CipherSuite.TLS_AES_128_GCM_SHA256));
        TlsSession s = TlsSession.start(ConnectionEnd.CLIENT, known).withSecrets(secrets)
                .withCurrent(ConnectionEnd.CLIENT, ConnState.unknownKeys(Epoch.APPLICATION).withTrafficSecret(secret, 0));

        assertThat(s.toString()).doesNotContain(secret.hex()).contains("a master secret");
    }
}
