package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Resources;

/**
 * The AEAD record ciphers read a record where it lies (a slice of a larger array, as a record read
 * from a capture is) and write into an array of the answer's own: a record inside a larger array
 * opens to its plaintext (RFC 8448's records to the RFC's payloads), leaves that array as it was,
 * opens again at the same sequence number (JDK 17's ChaCha20-Poly1305 refuses a repeated nonce,
 * see Aead), and with one bit flipped is bad_record_mac; a sealed or opened record does not change
 * when the same protection seals or opens the next one.
 */
class AeadRecordSlicesTest {
    private static final int BEFORE = 7;
    private static final int AFTER = 9;

    /** {@code fragment} in the middle of a larger array, as the slice a record reader hands out. */
    private static Bytes inside(Bytes fragment, int fill) {
        byte[] array = new byte[BEFORE + fragment.size() + AFTER];
        java.util.Arrays.fill(array, (byte) fill);
        fragment.copyTo(array, BEFORE);
        return Bytes.of(array);
    }

    private static Bytes flip(Bytes b, int bit) {
        byte[] a = b.toArray();
        a[bit / 8] ^= (byte) (1 << bit % 8);
        return Bytes.of(a);
    }

    private static void opensFromItsSliceTwiceAndRefusesAFlippedBit(String at, RecordProtection p, long seq, ContentType outer,
                                                                    ProtocolVersion version, Bytes fragment, ContentType type, Bytes plaintext) {
        Bytes whole = inside(fragment, 0xa5);
        Bytes before = Bytes.of(whole.toArray());
        Bytes slice = whole.slice(BEFORE, BEFORE + fragment.size());

        for (int attempt = 0; attempt < 2; attempt++) {
            RecordProtection.Opened o = p.open(seq, outer, version, slice).getOrElseThrow(e -> new AssertionError(at + ": " + e.message()));
            assertThat(o.bytes()).as(at).isEqualTo(plaintext);
            assertThat(o.type()).as(at).isEqualTo(type);
        }
        assertThat(whole).as(at + ": the array around the record").isEqualTo(before);
        for (int bit : new int[] {0, 8 * fragment.size() / 2 + 3, 8 * fragment.size() - 1}) {
            Bytes flipped = inside(flip(fragment, bit), 0x5a).slice(BEFORE, BEFORE + fragment.size());
            Either<CipherError, RecordProtection.Opened> o = p.open(seq, outer, version, flipped);
            assertThat(o.isLeft()).as(at + ": bit " + bit + " flipped still opens").isTrue();
            assertThat(o.getLeft()).as(at + ": bit " + bit + " flipped").isInstanceOf(CipherError.BadRecordMac.class);
        }
    }

    @Test
    void rfc8448RecordsOpenFromASliceOfALargerArrayToTheRfcPayloadsTwiceAndRefuseAFlippedBit() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Resources.knownAnswers("rfc8448_tls13_traces.json").get());
        CipherSuiteInfo suite = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();
        int count = 0;
        for (JsonNode section : root) {
            if (!section.has("records")) {
                continue;
            }
            for (JsonNode record : section.get("records")) {
                if (!record.has("write_key")) {
                    continue;
                }
                String which = record.get("write_key").asText();
                JsonNode secrets = section.get("secrets");
                RecordProtection p = RecordProtection.of(suite, ProtocolVersion.TLS_1_3, RecordKeys.aead(
                        Bytes.fromHex(secrets.get(which + "_write_key").asText()), Bytes.fromHex(secrets.get(which + "_write_iv").asText())),
                        RecordOptions.DEFAULT).get();
                Bytes complete = Bytes.fromHex(record.get("complete_record").asText());
                ContentType inner = ContentType.REGISTRY.known().find(c -> c.name().contains(record.get("inner_content_type").asText())).get();
                opensFromItsSliceTwiceAndRefusesAFlippedBit("RFC 8448 " + section.get("rfc_section").asText() + " record " + count, p,
                        record.get("sequence_number").asLong(), ContentType.of(complete.get(0)), ProtocolVersion.of(complete.get(1) << 8 | complete.get(2)),
                        complete.drop(5), inner, Bytes.fromHex(record.get("payload").asText()));
                count++;
            }
        }
        assertThat(count).isEqualTo(27);
    }

    private static final Vector<CipherSuite> SUITES = Vector.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_CCM_SHA256, CipherSuite.TLS_AES_128_CCM_8_SHA256,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_RSA_WITH_AES_128_CCM, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, CipherSuite.TLS_RSA_WITH_ARIA_128_GCM_SHA256);

    @Test
    void everyAeadCipherOpensItsSealedRecordsFromSlicesAndItsAnswersStayPutAfterTheNextRecord() {
        Random random = new Random(20261128L);
        for (CipherSuite id : SUITES) {
            CipherSuiteInfo suite = CipherSuiteInfo.of(id).get();
            assertThat(suite.cipher().kind()).isEqualTo(CipherKind.AEAD);
            ProtocolVersion version = suite.minVersion().code() >= ProtocolVersion.TLS_1_3.code() ? ProtocolVersion.TLS_1_3 : ProtocolVersion.TLS_1_2;
            byte[] key = new byte[suite.cipher().keyLength()];
            byte[] iv = new byte[suite.fixedIvLength(version)];
            random.nextBytes(key);
            random.nextBytes(iv);
            RecordKeys keys = RecordKeys.aead(Bytes.of(key), Bytes.of(iv));
            RecordProtection sealer = RecordProtection.of(suite, version, keys, RecordOptions.DEFAULT).get();
            RecordProtection opener = RecordProtection.of(suite, version, keys, RecordOptions.DEFAULT).get();
            ContentType outer = version.equals(ProtocolVersion.TLS_1_3) ? ContentType.APPLICATION_DATA : ContentType.HANDSHAKE;
            ProtocolVersion legacy = ProtocolVersion.TLS_1_2;

            Vector<Bytes> plaintexts = Vector.of(1, 1000, 1 << 14).map(n -> {
                byte[] b = new byte[n];
                random.nextBytes(b);
                return Bytes.of(b);
            });
            Vector<Bytes> sealed = plaintexts.zipWithIndex().map(t -> sealer.seal(t._2, ContentType.HANDSHAKE, legacy, t._1).get().bytes());
            Vector<Bytes> sealedCopies = sealed.map(s -> Bytes.of(s.toArray()));
            Vector<Bytes> opened = sealed.zipWithIndex().map(t -> opener.open(t._2, outer, legacy, inside(t._1, 0x33).slice(BEFORE, BEFORE + t._1.size()))
                    .get().bytes());

            assertThat(sealed).as(suite.name() + ": each sealed record after the next was sealed").isEqualTo(sealedCopies);
            assertThat(opened).as(suite.name() + ": each opened record after the next was opened").isEqualTo(plaintexts);
            for (int i = 0; i < sealed.size(); i++) {
                opensFromItsSliceTwiceAndRefusesAFlippedBit(suite.name() + " record " + i, opener, i, outer, legacy, sealed.get(i),
                        ContentType.HANDSHAKE, plaintexts.get(i));
            }
        }
    }
}
