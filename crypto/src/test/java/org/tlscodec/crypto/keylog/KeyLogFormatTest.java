package org.tlscodec.crypto.keylog;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class KeyLogFormatTest {
    private static final String RANDOM_A = "aa".repeat(32);
    private static final String RANDOM_B = "bb".repeat(32);
    private static final String MASTER = "11".repeat(48);
    private static final String SECRET32 = "22".repeat(32);
    private static final String SECRET48 = "33".repeat(48);

    @Test
    void everyStandardLabelIsReadWithItsClientRandomAndSecret() {
        String text = String.join("\n",
                "CLIENT_RANDOM " + RANDOM_A + " " + MASTER,
                "CLIENT_EARLY_TRAFFIC_SECRET " + RANDOM_B + " " + SECRET32,
                "CLIENT_HANDSHAKE_TRAFFIC_SECRET " + RANDOM_B + " " + SECRET32,
                "SERVER_HANDSHAKE_TRAFFIC_SECRET " + RANDOM_B + " " + SECRET32,
                "CLIENT_TRAFFIC_SECRET_0 " + RANDOM_B + " " + SECRET32,
                "SERVER_TRAFFIC_SECRET_0 " + RANDOM_B + " " + SECRET32,
                "CLIENT_TRAFFIC_SECRET_12 " + RANDOM_B + " " + SECRET48,
                "SERVER_TRAFFIC_SECRET_3 " + RANDOM_B + " " + SECRET48,
                "EARLY_EXPORTER_SECRET " + RANDOM_B + " " + SECRET32,
                "EXPORTER_SECRET " + RANDOM_B + " " + SECRET32);
        KeyLogReading reading = KeyLogFormat.read(text);

        assertThat(reading.errors()).isEmpty();
        KeyLog log = reading.log();
        assertThat(log.entries()).hasSize(10);
        assertThat(log.clientRandoms()).containsExactly(Bytes.fromHex(RANDOM_A), Bytes.fromHex(RANDOM_B));
        assertThat(log.masterSecret(Bytes.fromHex(RANDOM_A))).contains(Bytes.fromHex(MASTER));
        assertThat(log.masterSecret(Bytes.fromHex(RANDOM_B))).isEmpty();
        assertThat(log.secretsFor(Bytes.fromHex(RANDOM_B)).map(s -> s.label().text())).containsExactly(
                "CLIENT_EARLY_TRAFFIC_SECRET", "CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "CLIENT_TRAFFIC_SECRET_12", "SERVER_TRAFFIC_SECRET_3",
                "EARLY_EXPORTER_SECRET", "EXPORTER_SECRET");
        assertThat(log.secret(Bytes.fromHex(RANDOM_B),
                KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.CLIENT, 12))).contains(Bytes.fromHex(SECRET48));
        assertThat(log.secret(Bytes.fromHex(RANDOM_B), KeyLogLabel.Fixed.EXPORTER_SECRET)).contains(Bytes.fromHex(SECRET32));
    }

    @Test
    void literalNLabelsAreUpdatedSecretsOfUnknownGenerationKeptInFileOrder() {
        String text = "CLIENT_TRAFFIC_SECRET_N " + RANDOM_A + " " + SECRET32 + "\n"
                + "SERVER_TRAFFIC_SECRET_N " + RANDOM_A + " " + SECRET48 + "\n"
                + "CLIENT_TRAFFIC_SECRET_N " + RANDOM_A + " " + SECRET48 + "\n";
        KeyLog log = KeyLogFormat.read(text).log();

        SecretEntry first = (SecretEntry) log.entries().head();
        assertThat(first.label()).isEqualTo(new KeyLogLabel.ApplicationTraffic(KeyLogLabel.Direction.CLIENT, Option.none()));
        assertThat(log.updatedTrafficSecrets(Bytes.fromHex(RANDOM_A), KeyLogLabel.Direction.CLIENT))
                .containsExactly(Bytes.fromHex(SECRET32), Bytes.fromHex(SECRET48));
        assertThat(log.updatedTrafficSecrets(Bytes.fromHex(RANDOM_A), KeyLogLabel.Direction.SERVER))
                .containsExactly(Bytes.fromHex(SECRET48));
    }

    @Test
    void openSslRsaLineGivesThePremasterByItsEncryptedPrefix() {
        String text = "RSA 0102030405060708 " + "03".repeat(48) + "\n";
        KeyLogReading reading = KeyLogFormat.read(text);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.log().rsaPremasters()).hasSize(1);
        assertThat(reading.log().rsaPremaster(Bytes.fromHex("0102030405060708ffffffff"))).contains(Bytes.fromHex("03".repeat(48)));
        assertThat(reading.log().rsaPremaster(Bytes.fromHex("0102030405060709"))).isEmpty();
        assertThat(reading.log().clientRandoms()).isEmpty();
    }

    @Test
    void commentsBlankLinesCrlfAndExtraWhitespaceAreTolerated() {
        String text = "# SSL/TLS secrets log file\r\n\r\n   \n\tCLIENT_RANDOM  " + RANDOM_A + "\t" + MASTER.toUpperCase() + "  \r\n# end";
        KeyLogReading reading = KeyLogFormat.read(text);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.log().masterSecret(Bytes.fromHex(RANDOM_A))).contains(Bytes.fromHex(MASTER));
    }

    @Test
    void unknownButWellFormedLabelsAreKeptByNameAndWrittenBack() {
        String line = "ECH_SECRET " + RANDOM_A + " " + SECRET32;
        KeyLogReading reading = KeyLogFormat.read(line);

        assertThat(reading.errors()).isEmpty();
        assertThat(((SecretEntry) reading.log().entries().head()).label()).isEqualTo(new KeyLogLabel.Other("ECH_SECRET"));
        assertThat(KeyLogFormat.write(reading.log())).isEqualTo(line + "\n");
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndTheGoodOnesAreStillRead() {
        String text = String.join("\n",
                "# header",                                                  // 1
                "CLIENT_RANDOM " + RANDOM_A + " " + MASTER,                  // 2 good
                "CLIENT_RANDOM " + RANDOM_A,                                 // 3 two fields
                "CLIENT_RANDOM " + RANDOM_A.substring(2) + " " + MASTER,     // 4 short random
                "CLIENT_RANDOM " + RANDOM_A + " " + SECRET32,                // 5 master secret not 48
                "EXPORTER_SECRET " + RANDOM_B + " 12345",                     // 6 odd hex
                "EXPORTER_SECRET " + RANDOM_B + " zz" + SECRET32,             // 7 not hex
                "client_random " + RANDOM_A + " " + MASTER,                  // 8 bad label
                "RSA 01020304 " + "03".repeat(48),                           // 9 short prefix
                "SERVER_HANDSHAKE_TRAFFIC_SECRET " + RANDOM_B + " " + SECRET48); // 10 good
        KeyLogReading reading = KeyLogFormat.read(text);

        assertThat(reading.log().entries()).hasSize(2);
        assertThat(reading.errors().map(KeyLogLineError::lineNumber)).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(reading.errors().get(0).problem()).contains("expected 3 fields").contains("found 2");
        assertThat(reading.errors().get(1).problem()).contains("client random").contains("expected 32 bytes").contains("found 31");
        assertThat(reading.errors().get(2).problem()).contains("master secret").contains("found 32");
        assertThat(reading.errors().get(3).problem()).contains("odd number of hex digits");
        assertThat(reading.errors().get(4).problem()).contains("not a hex digit at character 1");
        assertThat(reading.errors().get(5).problem()).contains("not a label");
        assertThat(reading.errors().get(6).problem()).contains("encrypted premaster prefix").contains("found 4");
        assertThat(reading.errors().get(0).toString()).startsWith("line 3: ");
    }

    @Test
    void writingThenReadingGivesTheSameEntries() {
        Vector<KeyLogEntry> entries = Vector.of(
                new RsaPremasterEntry(Bytes.fromHex("0102030405060708"), Bytes.fromHex("03".repeat(48))),
                new SecretEntry(KeyLogLabel.Fixed.CLIENT_RANDOM, Bytes.fromHex(RANDOM_A), Bytes.fromHex(MASTER)),
                new SecretEntry(KeyLogLabel.Fixed.CLIENT_EARLY_TRAFFIC_SECRET, Bytes.fromHex(RANDOM_B), Bytes.fromHex(SECRET32)),
                new SecretEntry(KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.SERVER, 7), Bytes.fromHex(RANDOM_B), Bytes.fromHex(SECRET48)),
                new SecretEntry(KeyLogLabel.ApplicationTraffic.updated(KeyLogLabel.Direction.CLIENT), Bytes.fromHex(RANDOM_B), Bytes.fromHex(SECRET48)),
                new SecretEntry(KeyLogLabel.Fixed.EARLY_EXPORTER_SECRET, Bytes.fromHex(RANDOM_B), Bytes.fromHex(SECRET32)));
        KeyLog log = KeyLog.of(entries);

        KeyLogReading back = KeyLogFormat.read(KeyLogFormat.write(log));

        assertThat(back.errors()).isEmpty();
        assertThat(back.log()).isEqualTo(log);
        assertThat(back.log().entries()).isEqualTo(entries);
    }

    @Test
    void toStringNeverShowsASecret() {
        SecretEntry entry = new SecretEntry(KeyLogLabel.Fixed.CLIENT_RANDOM, Bytes.fromHex(RANDOM_A), Bytes.fromHex(MASTER));
        RsaPremasterEntry rsa = new RsaPremasterEntry(Bytes.fromHex("0102030405060708"), Bytes.fromHex("03".repeat(48)));
        KeyLog log = KeyLog.of(Vector.of(entry, rsa));

        assertThat(entry.toString()).doesNotContain("1111").contains("48 bytes");
        assertThat(rsa.toString()).doesNotContain("0303").contains("48 bytes");
        assertThat(log.toString()).doesNotContain("1111").doesNotContain("0303").isEqualTo("KeyLog[2 entries, 1 connections]");
        assertThat(KeyLogFormat.read("CLIENT_RANDOM " + RANDOM_A + " 1111").errors().mkString()).doesNotContain("1111").contains("found 2");
    }
}
