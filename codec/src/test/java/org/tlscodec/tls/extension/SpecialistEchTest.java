package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.EchClientHelloType;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.HpkeAeadId;
import org.tlscodec.tls.registry.HpkeKdfId;
import org.tlscodec.tls.registry.HpkeKemId;

/** encrypted_client_hello and ech_outer_extensions (draft-ietf-tls-esni-22 sections 4, 5 and 7), on hand-made bytes. */
class SpecialistEchTest {
    private static final String KEY = "9fd7ad6dcff4298dd3f96d5b1b2af910a0535b1488d7f8fabb349a982880b615";

    private static Extension roundTrip(ExtensionContext context, String hex) {
        Bytes bytes = Bytes.fromHex(hex);
        Extension e = Extensions.extension(context).decode(bytes).getOrElseThrow(err -> new AssertionError(err.describe()));
        assertThat(Extensions.extension(context).encode(e).get()).isEqualTo(bytes);
        return e;
    }

    @Test
    void anOuterClientHelloKeepsSuiteConfigIdEncAndPayload() {
        String body = "00" + "0001" + "0003" + "2a" + "0020" + KEY + "0004" + "deadbeef";
        Extension e = roundTrip(ExtensionContext.CLIENT_HELLO, "fe0d" + String.format("%04x", body.length() / 2) + body);
        assertThat(e).isEqualTo(new EchClientHelloOuter(
                new HpkeSymmetricCipherSuite(HpkeKdfId.HKDF_SHA256, HpkeAeadId.CHACHA20_POLY1305), 0x2a,
                Bytes.fromHex(KEY), Bytes.fromHex("deadbeef")));
        assertThat(e.type()).isEqualTo(ExtensionType.ENCRYPTED_CLIENT_HELLO);
    }

    @Test
    void theOuterHelloAfterARetryMayHaveAnEmptyEncButNotAnEmptyPayload() {
        Extension e = roundTrip(ExtensionContext.CLIENT_HELLO, "fe0d000b" + "00" + "00010001" + "07" + "0000" + "000101");
        assertThat(((EchClientHelloOuter) e).enc()).isEqualTo(Bytes.empty());
        CodecError err = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("fe0d000a" + "00" + "00010001" + "07" + "0000" + "0000")).getLeft();
        assertThat(err).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(err.path()).hasToString("encrypted_client_hello.outer.payload");
    }

    @Test
    void anInnerClientHelloIsTheTypeByteAlone() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "fe0d000101")).isEqualTo(new EchClientHelloInner());
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("fe0d00020100")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void anUnknownClientHelloTypeIsKeptWithItsBytes() {
        Extension e = roundTrip(ExtensionContext.CLIENT_HELLO, "fe0d000302abcd");
        assertThat(e).isEqualTo(new EchClientHelloUnknown(EchClientHelloType.of(2), Bytes.fromHex("abcd")));
    }

    @Test
    void retryConfigsInEncryptedExtensionsDecodeKnownAndUnknownVersions() {
        String contents = "2a" + "0020" + "0020" + KEY + "0004" + "00010001" + "00" + "0b" + Bytes.utf8("example.com").hex()
                + "0004" + "abcd0000";
        String config = "fe0d" + String.format("%04x", contents.length() / 2) + contents;
        String unknown = "fe0c" + "0003" + "aabbcc";
        String list = config + unknown;
        String data = String.format("%04x", list.length() / 2) + list;
        Extension e = roundTrip(ExtensionContext.ENCRYPTED_EXTENSIONS, "fe0d" + String.format("%04x", data.length() / 2) + data);
        EchEncryptedExtensions ee = (EchEncryptedExtensions) e;
        assertThat(ee.retryConfigs()).hasSize(2);
        EchConfigContents c = (EchConfigContents) ee.retryConfigs().get(0);
        assertThat(c.version()).isEqualTo(0xfe0d);
        assertThat(c.keyConfig()).isEqualTo(new HpkeKeyConfig(0x2a, HpkeKemId.DHKEM_X25519_HKDF_SHA256, Bytes.fromHex(KEY),
                Vector.of(new HpkeSymmetricCipherSuite(HpkeKdfId.HKDF_SHA256, HpkeAeadId.AES_128_GCM))));
        assertThat(c.maximumNameLength()).isZero();
        assertThat(c.publicName()).isEqualTo(Bytes.utf8("example.com"));
        assertThat(c.extensions()).containsExactly(new EchConfigExtension(0xabcd, Bytes.empty()));
        assertThat(ee.retryConfigs().get(1)).isEqualTo(new UnknownEchConfig(0xfe0c, Bytes.fromHex("aabbcc")));
    }

    @Test
    void aConfigWhoseContentsOverrunItsLengthIsAnError() {
        // The config's length says 3 but the key config needs more.
        String list = "fe0d0003" + "2a0020";
        CodecError e = EchEncryptedExtensions.CODEC.decode(Bytes.fromHex("0007" + list)).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.path().toString()).startsWith("retry_configs[0].contents.key_config.public_key");
    }

    @Test
    void anEmptyRetryConfigListIsOutOfRange() {
        assertThat(EchEncryptedExtensions.CODEC.decode(Bytes.fromHex("0000")).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void theHelloRetryRequestCarriesEightConfirmationBytes() {
        assertThat(roundTrip(ExtensionContext.HELLO_RETRY_REQUEST, "fe0d00080102030405060708"))
                .isEqualTo(new EchHelloRetryRequest(Bytes.fromHex("0102030405060708")));
        CodecError shortBy1 = Extensions.extension(ExtensionContext.HELLO_RETRY_REQUEST)
                .decode(Bytes.fromHex("fe0d000701020304050607")).getLeft();
        assertThat(shortBy1).isInstanceOf(CodecError.Overrun.class);
        assertThat(shortBy1.path()).hasToString("encrypted_client_hello.confirmation");
    }

    @Test
    void outerExtensionsListExtensionTypes() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "fd000005" + "04000a000d"))
                .isEqualTo(new EchOuterExtensions(Vector.of(ExtensionType.SUPPORTED_GROUPS, ExtensionType.SIGNATURE_ALGORITHMS)));
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("fd00000100")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }
}
