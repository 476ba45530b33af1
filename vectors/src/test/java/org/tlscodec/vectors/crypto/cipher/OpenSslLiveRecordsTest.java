package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.crypto.keylog.KeyLogReading;
import org.tlscodec.crypto.keys.Tls13Protection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.MalformedHandshakeMessage;
import org.tlscodec.tls.handshake.RawHandshakeMessage;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Captures;

/**
 * Issue 4's acceptance, "each record cipher opens real records that OpenSSL produced", for every
 * record-cipher family the installed OpenSSL 3.0 negotiates, beyond the AES-GCM, AES-CBC and
 * ChaCha20 of the bundled captures: CCM and CCM_8 (RFC 6655, RFC 7251, RFC 8446 section B.4),
 * ARIA-GCM (RFC 6209), Camellia-CBC (RFC 5932), the PSK key exchanges (RFC 4279, RFC 5487, RFC
 * 5489, RFC 7905), NULL encryption (RFC 5246 appendix A.5), SEED (RFC 4162), TLS 1.1's explicit
 * CBC IV (RFC 4346 section 6.2.3.2) and TLS 1.0's chained one (RFC 2246 section 6.2.3.2), each CBC
 * family both MAC-then-encrypt and encrypt-then-MAC (RFC 7366).
 *
 * <p>For each suite, {@code openssl s_client} sends 120 lines to {@code s_server -rev}, which
 * answers each reversed in a record of its own, through a relay that keeps the bytes each side
 * sends ({@link OpenSslConversation}); the client writes its key log. The streams are split into
 * records with the codec, the hellos read, and each side's records opened in order with the keys
 * derived from the key log ({@link CaptureRecordOpener}, which the
 * bundled captures' test also uses). What OpenSSL cannot do here (SRP: s_server and s_client 3.0
 * hand the SRP callback a dead stack address; 3DES, RC4 and IDEA: "no cipher match" in Debian's
 * libssl 3.0 even with the legacy provider; DSS: no DSA certificate in the test PKI) is not a case.
 */
class OpenSslLiveRecordsTest {

    @TempDir
    static Path work;

    /** Every suite OpenSSL is made to run, by family. */
    static final Vector<OpenSslCase> CASES = Vector.of(
            // AES-CCM and CCM_8 (RFC 6655, RFC 7251), with RSA, ECDSA and DHE.
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_AES_128_CCM, "AES128-CCM", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_AES_256_CCM_8, "AES256-CCM8", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, "ECDHE-ECDSA-AES128-CCM8",
                    OpenSslCase.ServerKey.ECDSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_DHE_RSA_WITH_AES_256_CCM, "DHE-RSA-AES256-CCM", OpenSslCase.ServerKey.RSA),
            // ARIA-GCM (RFC 6209).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_ARIA_128_GCM_SHA256, "ARIA128-GCM-SHA256",
                    OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384, "ECDHE-ARIA256-GCM-SHA384",
                    OpenSslCase.ServerKey.RSA),
            // Camellia-CBC (RFC 5932), SHA-256, SHA-1 and SHA-384 MACs, both MAC orders.
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256, "CAMELLIA128-SHA256",
                    OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA, "DHE-RSA-CAMELLIA256-SHA",
                    OpenSslCase.ServerKey.RSA).withoutEncryptThenMac(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384, "ECDHE-RSA-CAMELLIA256-SHA384",
                    OpenSslCase.ServerKey.RSA),
            // AES-CBC-SHA256 in both MAC orders (RFC 7366).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", OpenSslCase.ServerKey.RSA)
                    .withoutEncryptThenMac(),
            // ChaCha20-Poly1305 in TLS 1.2 (RFC 7905: the nonce is the IV xor the sequence number, no explicit part).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305",
                    OpenSslCase.ServerKey.RSA),
            // PSK key exchanges (RFC 4279, RFC 5487, RFC 5489, RFC 7905).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, "PSK-AES128-GCM-SHA256",
                    OpenSslCase.ServerKey.RSA).withPsk(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_PSK_WITH_CHACHA20_POLY1305_SHA256, "PSK-CHACHA20-POLY1305",
                    OpenSslCase.ServerKey.RSA).withPsk(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_DHE_PSK_WITH_AES_128_CBC_SHA256, "DHE-PSK-AES128-CBC-SHA256",
                    OpenSslCase.ServerKey.RSA).withPsk(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256, "ECDHE-PSK-AES128-CBC-SHA256",
                    OpenSslCase.ServerKey.RSA).withPsk().withoutEncryptThenMac(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_PSK_WITH_AES_128_GCM_SHA256, "RSA-PSK-AES128-GCM-SHA256",
                    OpenSslCase.ServerKey.RSA).withPsk(),
            // NULL encryption: the MAC alone (RFC 5246 section 6.2.3.1).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_NULL_SHA256, "NULL-SHA256", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_ECDSA_WITH_NULL_SHA, "ECDHE-ECDSA-NULL-SHA",
                    OpenSslCase.ServerKey.ECDSA),
            // SEED-CBC (RFC 4162), in OpenSSL 3.0's legacy provider.
            OpenSslCase.legacy(ProtocolVersion.TLS_1_2, CipherSuite.TLS_RSA_WITH_SEED_CBC_SHA, "SEED-SHA", OpenSslCase.ServerKey.RSA)
                    .withLegacyProvider(),
            // TLS 1.1: an explicit IV per record (RFC 4346 section 6.2.3.2).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_1, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_1, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", OpenSslCase.ServerKey.RSA)
                    .withoutEncryptThenMac(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_1, CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA, "CAMELLIA128-SHA", OpenSslCase.ServerKey.RSA),
            // TLS 1.0: the IV chained from the previous record (RFC 2246 section 6.2.3.2).
            OpenSslCase.legacy(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", OpenSslCase.ServerKey.RSA),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", OpenSslCase.ServerKey.RSA)
                    .withoutEncryptThenMac(),
            OpenSslCase.legacy(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA, "CAMELLIA128-SHA", OpenSslCase.ServerKey.RSA)
                    .withoutEncryptThenMac(),
            // TLS 1.3: all five suites of RFC 8446 section B.4.
            OpenSslCase.tls13(CipherSuite.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256"),
            OpenSslCase.tls13(CipherSuite.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384"),
            OpenSslCase.tls13(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, "TLS_CHACHA20_POLY1305_SHA256"),
            OpenSslCase.tls13(CipherSuite.TLS_AES_128_CCM_SHA256, "TLS_AES_128_CCM_SHA256"),
            OpenSslCase.tls13(CipherSuite.TLS_AES_128_CCM_8_SHA256, "TLS_AES_128_CCM_8_SHA256"));

    private static final String PKI_FILES = "ca.pem server-rsa.pem server-rsa.key server-ecdsa.pem server-ecdsa.key";

    @TestFactory
    Vector<DynamicTest> everyRecordOpenSslWritesInEachSuiteOpensWithTheKeyLogsKeysToItsHandshakeAndApplicationData() throws Exception {
        String version = opensslVersion();
        Path pki = Files.createDirectories(work.resolve("pki"));
        for (String file : PKI_FILES.split(" ")) {
            Bytes content = Captures.resource("pki/" + file).getOrElseThrow(e -> new AssertionError("test PKI: " + e));
            Files.write(pki.resolve(file), content.toArray());
        }
        return CASES.zipWithIndex().map(c -> DynamicTest.dynamicTest(c._1.displayName(), () ->
                check(c._1, version, OpenSslConversation.hold(c._1, pki, work.resolve("case" + c._2)))));
    }

    /**
     * "OpenSSL 3.0.19", for the failure messages. Fails, rather than skips, without openssl: the CI
     * installs it (.ci/run), and issue 4 needs its records.
     */
    private static String opensslVersion() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertThat(p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0).as("`openssl version` answers: %s", out).isTrue();
            return Vector.of(out.split(" ")).take(2).mkString(" ");
        } catch (IOException e) {
            throw new AssertionError("these tests need the openssl command (OpenSSL 3.0, installed by .ci/run with apt), "
                    + "which cannot be run here: " + e.getMessage(), e);
        }
    }

    private static void check(OpenSslCase c, String version, OpenSslConversation talk) {
        String name = c.displayName() + " (" + version + ")";
        Vector<TLSPlaintext> client = split(name + " client", talk.clientBytes());
        Vector<TLSPlaintext> server = split(name + " server", talk.serverBytes());
        KeyLogReading log = KeyLogFormat.read(talk.keyLog());
        assertThat(log.errors()).as(name + ": key log lines that do not read").isEmpty();
        CaptureHellos hellos = CaptureHellos.read(client, server).getOrElseThrow(e -> new AssertionError(name + ": " + e + talk.diagnostics()));

        assertThat(hellos.version()).as(name + ": negotiated version").isEqualTo(c.version());
        assertThat(hellos.suite()).as(name + ": negotiated suite").isEqualTo(c.suite());
        assertThat(hellos.encryptThenMac()).as(name + ": encrypt_then_mac agreed").isEqualTo(c.encryptThenMac());

        Bytes fromClient = openSide(name, hellos, log, KeyLogLabel.Direction.CLIENT, client);
        Bytes fromServer = openSide(name, hellos, log, KeyLogLabel.Direction.SERVER, server);

        assertThat(fromClient).as(name + ": the client's application data is the lines it was given").isEqualTo(OpenSslConversation.REQUEST);
        assertThat(fromServer).as(name + ": the server's application data is the lines reversed").isEqualTo(OpenSslConversation.expectedAnswer());
        assertThat(fromServer).as(name + ": the server's application data is what s_client printed").isEqualTo(talk.printed());
    }

    private static Vector<TLSPlaintext> split(String side, Bytes stream) {
        RecordStream records = RecordStream.split(stream);
        assertThat(records.isComplete()).as("%s: %d bytes split into whole records (%s)", side, stream.size(),
                records.error().map(e -> e.describe()).getOrElse("leftover " + records.leftover().size() + " bytes")).isTrue();
        return records.tlsRecords();
    }

    /**
     * Opens every record of one side in order and checks what comes out: every handshake message
     * (the protected Finished included) decodes to its structure, every alert is a warning
     * close_notify, and a protected record with one bit flipped is bad_record_mac. Answers the
     * side's application data, all records joined.
     */
    private static Bytes openSide(String name, CaptureHellos hellos, KeyLogReading log, KeyLogLabel.Direction sender,
                                  Vector<TLSPlaintext> records) {
        String side = name + " " + CaptureConnection.direction(sender);
        Either<CaptureRecordOpener.Failure, CaptureRecordOpener.Opened> opened = CaptureRecordOpener.open(hellos, log.log(), sender, records);
        assertThat(opened.isRight()).as("%s: every record opens: %s", side, opened.isLeft() ? opened.getLeft() : "").isTrue();
        Vector<CaptureRecordOpener.OpenedRecord> all = opened.get().records();
        Vector<CaptureRecordOpener.OpenedRecord> protectedRecords = all.filter(CaptureRecordOpener.OpenedRecord::wasProtected);

        for (CaptureRecordOpener.OpenedRecord r : all) {
            for (HandshakeMessage m : r.handshakes()) {
                assertThat(m).as(side + ": " + m.msgType() + " decoded to its structure")
                        .isNotInstanceOfAny(RawHandshakeMessage.class, MalformedHandshakeMessage.class);
            }
            if (r.innerType().equals(ContentType.ALERT)) {
                Alert alert = Alert.CODEC.decode(r.plaintext()).getOrElseThrow(e -> new AssertionError(side + ": alert: " + e.describe()));
                assertThat(alert).as(side + ": alert").isEqualTo(new Alert(AlertLevel.WARNING, AlertDescription.CLOSE_NOTIFY));
            }
        }
        assertThat(protectedRecords.flatMap(CaptureRecordOpener.OpenedRecord::handshakes).map(HandshakeMessage::msgType))
                .as(side + ": handshake messages in protected records").contains(HandshakeType.FINISHED);
        assertThat(all.filter(r -> r.innerType().equals(ContentType.APPLICATION_DATA)).forAll(CaptureRecordOpener.OpenedRecord::wasProtected))
                .as(side + ": application data only in protected records").isTrue();

        CaptureRecordOpener.OpenedRecord last = protectedRecords
                .findLast(r -> r.innerType().equals(ContentType.APPLICATION_DATA) && !r.plaintext().isEmpty())
                .getOrElseThrow(() -> new AssertionError(side + ": no protected application data"));
        flippedBitsAreBadRecordMac(side, hellos, last);

        return all.filter(r -> r.innerType().equals(ContentType.APPLICATION_DATA))
                .foldLeft(Bytes.empty(), (joined, r) -> joined.concat(r.plaintext()));
    }

    /** The record opens again with the state it was opened with, and not with a bit flipped in its first, middle or last byte. */
    private static void flippedBitsAreBadRecordMac(String side, CaptureHellos hellos, CaptureRecordOpener.OpenedRecord r) {
        CaptureRecordOpener.Opening how = r.opening().get();
        TLSPlaintext record = r.record();
        String at = side + " application data at sequence number " + how.sequenceNumber() + " (" + how.epoch() + ")";
        assertThat(stateBefore(hellos, how).open(how.sequenceNumber(), record.type(), record.legacyRecordVersion(), record.fragment())
                .map(RecordProtection.Opened::bytes)).as(at + " unchanged").isEqualTo(Either.right(r.plaintext()));
        int bits = 8 * record.length();
        for (int bit : new int[] {3, bits / 2, bits - 5}) {
            Either<CipherError, RecordProtection.Opened> o = stateBefore(hellos, how).open(how.sequenceNumber(), record.type(),
                    record.legacyRecordVersion(), flip(record.fragment(), bit));
            assertThat(o.isLeft() && o.getLeft() instanceof CipherError.BadRecordMac).as("%s, bit %d of %d flipped: %s", at, bit, bits, o)
                    .isTrue();
        }
    }

    /**
     * The protection a record was opened with: a TLS 1.3 one rebuilt from its traffic secret (as
     * in CaptureRecordsOpenTest), an earlier version's reused as the value it is (CBC's carries its
     * chained IV).
     */
    private static RecordProtection stateBefore(CaptureHellos hellos, CaptureRecordOpener.Opening how) {
        return how.trafficSecret().isEmpty() ? how.protection()
                : Tls13Protection.of(CipherSuiteInfo.of(hellos.suite()).get(), how.trafficSecret().get(), RecordOptions.DEFAULT).get();
    }

    private static Bytes flip(Bytes b, int bit) {
        byte[] a = b.toArray();
        a[bit / 8] ^= (byte) (1 << (bit % 8));
        return Bytes.of(a);
    }
}
