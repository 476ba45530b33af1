package org.tlscodec.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

class RecordProtectionInPlaceTest {

    /** suite, version, key length, IV length, whether its cipher is the JCA's (and so opens in place) */
    static Stream<Arguments> aeadSuites() {
        return Stream.of(
                Arguments.of(CipherSuite.TLS_AES_128_GCM_SHA256, ProtocolVersion.TLS_1_3, 16, 12, true),
                Arguments.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, ProtocolVersion.TLS_1_3, 32, 12, true),
                Arguments.of(CipherSuite.TLS_AES_128_CCM_SHA256, ProtocolVersion.TLS_1_3, 16, 12, false),
                Arguments.of(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, ProtocolVersion.TLS_1_2, 16, 4, true),
                Arguments.of(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, ProtocolVersion.TLS_1_2, 32, 12, true),
                Arguments.of(CipherSuite.TLS_RSA_WITH_AES_128_CCM, ProtocolVersion.TLS_1_2, 16, 4, false));
    }

    private static RecordProtection protection(CipherSuite suite, ProtocolVersion version, int keyLength, int ivLength) {
        Bytes key = Bytes.fromHex("0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210").take(keyLength);
        Bytes iv = Bytes.fromHex("a0a1a2a3a4a5a6a7a8a9aaab").take(ivLength);
        return RecordProtection.of(CipherSuiteInfo.of(suite).get(), version, RecordKeys.aead(key, iv), RecordOptions.DEFAULT).get();
    }

    private static byte[] arrayOf(Bytes b) {
        return b.read((array, offset, length) -> array);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aeadSuites")
    void openInPlaceGivesWhatOpenGivesAndWritesThePlaintextOverTheCiphertextWhenTheCipherIsTheJcas(
            CipherSuite suite, ProtocolVersion version, int keyLength, int ivLength, boolean jca) {
        Bytes plaintext = Bytes.utf8("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".repeat(50));
        RecordProtection.Sealed sealed = protection(suite, version, keyLength, ivLength)
                .seal(7, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, plaintext).get();
        Bytes ciphertext = Bytes.of(sealed.bytes().toArray());

        RecordProtection.Opened copied = protection(suite, version, keyLength, ivLength)
                .open(7, sealed.type(), ProtocolVersion.TLS_1_2, ciphertext).get();
        RecordProtection.Opened inPlace = protection(suite, version, keyLength, ivLength)
                .openInPlace(7, sealed.type(), ProtocolVersion.TLS_1_2, ciphertext).get();

        assertThat(copied.type()).isEqualTo(ContentType.APPLICATION_DATA);
        assertThat(copied.bytes()).isEqualTo(plaintext);
        assertThat(inPlace.type()).isEqualTo(ContentType.APPLICATION_DATA);
        assertThat(inPlace.bytes()).isEqualTo(plaintext);
        assertThat(arrayOf(inPlace.bytes()) == arrayOf(ciphertext)).isEqualTo(jca);
        assertThat(ciphertext.equals(sealed.bytes())).isEqualTo(!jca);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aeadSuites")
    void aRecordThatDoesNotOpenInPlaceIsABadRecordMacAndKeepsItsCiphertext(
            CipherSuite suite, ProtocolVersion version, int keyLength, int ivLength, boolean jca) {
        RecordProtection.Sealed sealed = protection(suite, version, keyLength, ivLength)
                .seal(3, ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, Bytes.utf8("finished".repeat(100))).get();
        byte[] tampered = sealed.bytes().toArray();
        tampered[tampered.length / 2] ^= 0x20;
        Bytes ciphertext = Bytes.of(tampered);

        CipherError error = protection(suite, version, keyLength, ivLength)
                .openInPlace(3, sealed.type(), ProtocolVersion.TLS_1_2, ciphertext).getLeft();

        assertThat(error).isInstanceOf(CipherError.BadRecordMac.class);
        assertThat(ciphertext).isEqualTo(Bytes.of(tampered));
    }
}
