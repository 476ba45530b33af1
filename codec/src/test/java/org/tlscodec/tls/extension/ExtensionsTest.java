package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;

class ExtensionsTest {

    // From the tls13_aes128gcm capture's ClientHello: supported_versions and key_share (x25519).
    private static final Bytes CH_VERSIONS = Bytes.fromHex("002b0003020304");
    private static final Bytes CH_KEY_SHARE = Bytes.fromHex(
            "003300260024001d0020" + "358c1a8aa9d0fc2ee1b3d6ba7b89c47a5ba3e4f2aa9e80e3d1f7a3cee7c35f6f");

    @Test
    void theSameTypeDecodesByTheMessageItIsIn() {
        Extension ch = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(CH_VERSIONS).get();
        assertThat(ch).isEqualTo(new SupportedVersionsClientHello(Vector.of(ProtocolVersion.TLS_1_3)));
        Extension sh = Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("002b00020304")).get();
        assertThat(sh).isEqualTo(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3));
        Extension hrr = Extensions.extension(ExtensionContext.HELLO_RETRY_REQUEST).decode(Bytes.fromHex("003300020017")).get();
        assertThat(hrr).isEqualTo(new KeyShareHelloRetryRequest(NamedGroup.SECP256R1));
    }

    @Test
    void aClientKeyShareKeepsItsEntriesAndReencodesExactly() {
        Extension e = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(CH_KEY_SHARE).get();
        KeyShareClientHello ks = (KeyShareClientHello) e;
        assertThat(ks.clientShares()).hasSize(1);
        assertThat(ks.clientShares().get(0).group()).isSameAs(NamedGroup.X25519);
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).encode(e).get()).isEqualTo(CH_KEY_SHARE);
    }

    @Test
    void aTypeWithNoDefinitionInThisMessageIsKeptAsUnknown() {
        Extension e = Extensions.extension(ExtensionContext.ENCRYPTED_EXTENSIONS).decode(CH_VERSIONS).get();
        assertThat(e).isEqualTo(new UnknownExtension(ExtensionType.SUPPORTED_VERSIONS, Bytes.fromHex("020304")));
    }

    @Test
    void aMalformedKnownExtensionIsAnErrorStrictlyAndKeptLeniently() {
        Bytes bad = Bytes.fromHex("002b000100");
        CodecError e = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(bad).getLeft();
        assertThat(e.path()).hasToString("supported_versions.versions");
        Extension kept = Extensions.lenientExtension(ExtensionContext.CLIENT_HELLO).decode(bad).get();
        assertThat(kept).isInstanceOf(MalformedExtension.class);
        assertThat(Extensions.lenientExtension(ExtensionContext.CLIENT_HELLO).encode(kept).get()).isEqualTo(bad);
    }

    @Test
    void aListNamesTheIndexAndTypeOfABadExtension() {
        Bytes list = Bytes.fromHex("000c" + "002b0003020304" + "002b000100");
        CodecError e = Extensions.list(ExtensionContext.CLIENT_HELLO, false).decode(list).getLeft();
        assertThat(e.path()).hasToString("[1].supported_versions.versions");
        assertThat(e.offset()).isEqualTo(13); // the versions length byte, after list length, 7 bytes, type and length
    }
}
