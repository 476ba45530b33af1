package org.tlscodec.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;

/** Finding a connection's secrets in a key log, with a named error for every label that is not there. */
class KeyLogSecretsTest {
    private static final String CR = "11".repeat(32);
    private static final String OTHER = "22".repeat(32);
    private static final Bytes RANDOM = Bytes.fromHex(CR);

    private static KeyLog log(String... lines) {
        return KeyLogFormat.read(String.join("\n", lines)).log();
    }

    private static String line(String label, String random, String secretByte) {
        return label + " " + random + " " + secretByte.repeat(32);
    }

    @Test
    void eachTls13SecretIsFoundByItsLabelAndTheConnectionsClientRandom() {
        KeyLog log = log(
                line("SERVER_HANDSHAKE_TRAFFIC_SECRET", OTHER, "99"),
                line("SERVER_HANDSHAKE_TRAFFIC_SECRET", CR, "a1"),
                line("CLIENT_HANDSHAKE_TRAFFIC_SECRET", CR, "a2"),
                line("CLIENT_TRAFFIC_SECRET_0", CR, "a3"),
                line("SERVER_TRAFFIC_SECRET_0", CR, "a4"),
                line("CLIENT_EARLY_TRAFFIC_SECRET", CR, "a5"));

        assertThat(KeyLogSecrets.handshakeTrafficSecret(log, RANDOM, KeyLogLabel.Direction.SERVER).get()).isEqualTo(Bytes.fromHex("a1".repeat(32)));
        assertThat(KeyLogSecrets.handshakeTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT).get()).isEqualTo(Bytes.fromHex("a2".repeat(32)));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, 0).get()).isEqualTo(Bytes.fromHex("a3".repeat(32)));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.SERVER, 0).get()).isEqualTo(Bytes.fromHex("a4".repeat(32)));
        assertThat(KeyLogSecrets.earlyTrafficSecret(log, RANDOM).get()).isEqualTo(Bytes.fromHex("a5".repeat(32)));
    }

    @Test
    void aMissingLabelIsAnErrorNamingTheLabelAndTheClientRandom() {
        KeyLog log = log(line("CLIENT_HANDSHAKE_TRAFFIC_SECRET", CR, "a2"), line("SERVER_HANDSHAKE_TRAFFIC_SECRET", OTHER, "a1"));

        KeysError e = KeyLogSecrets.handshakeTrafficSecret(log, RANDOM, KeyLogLabel.Direction.SERVER).getLeft();

        assertThat(e).isEqualTo(new KeysError.MissingSecret("SERVER_HANDSHAKE_TRAFFIC_SECRET", RANDOM));
        assertThat(e.message()).isEqualTo("the key log has no SERVER_HANDSHAKE_TRAFFIC_SECRET line for client random " + CR);
        assertThat(KeyLogSecrets.masterSecret(log, RANDOM).getLeft()).isEqualTo(new KeysError.MissingSecret("CLIENT_RANDOM", RANDOM));
    }

    @Test
    void theMasterSecretIsTheClientRandomLine() {
        KeyLog log = log("CLIENT_RANDOM " + CR + " " + "5a".repeat(48));

        assertThat(KeyLogSecrets.masterSecret(log, RANDOM).get()).isEqualTo(Bytes.fromHex("5a".repeat(48)));
    }

    @Test
    void openSslsLiteralNLinesAreTheLaterGenerationsInFileOrderPerDirection() {
        KeyLog log = log(
                line("CLIENT_TRAFFIC_SECRET_0", CR, "c0"),
                line("CLIENT_TRAFFIC_SECRET_N", CR, "c1"),
                line("SERVER_TRAFFIC_SECRET_N", CR, "d1"),
                line("CLIENT_TRAFFIC_SECRET_N", CR, "c2"));

        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, 1).get()).isEqualTo(Bytes.fromHex("c1".repeat(32)));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, 2).get()).isEqualTo(Bytes.fromHex("c2".repeat(32)));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.SERVER, 1).get()).isEqualTo(Bytes.fromHex("d1".repeat(32)));
        KeysError e = KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.SERVER, 2).getLeft();
        assertThat(e.message()).contains("SERVER_TRAFFIC_SECRET_2").contains("SERVER_TRAFFIC_SECRET_N").contains(CR);
    }

    @Test
    void aNumberedGenerationLineIsPreferredToALiteralN() {
        KeyLog log = log(line("CLIENT_TRAFFIC_SECRET_N", CR, "c9"), line("CLIENT_TRAFFIC_SECRET_1", CR, "c1"));

        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, 1).get()).isEqualTo(Bytes.fromHex("c1".repeat(32)));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, 0).getLeft())
                .isEqualTo(new KeysError.MissingSecret("CLIENT_TRAFFIC_SECRET_0", RANDOM));
        assertThat(KeyLogSecrets.applicationTrafficSecret(log, RANDOM, KeyLogLabel.Direction.CLIENT, -1).getLeft())
                .isInstanceOf(KeysError.Unsupported.class);
    }
}
