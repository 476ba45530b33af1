package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;

/** pre_shared_key (RFC 8446 section 4.2.11): the bounds of OfferedPsks and the ServerHello index. */
class MainstreamPreSharedKeyTest {
    private static final String IDENTITY = "0003aabbcc" + "00000001";
    private static final String BINDER = "20" + "00".repeat(32);

    private static Either<CodecError, Extension> clientHello(String extensionData) {
        String hex = "0029" + String.format("%04x", extensionData.length() / 2) + extensionData;
        return Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex(hex));
    }

    @Test
    void oneIdentityAndOneBinderAreRead() {
        Extension e = clientHello("0009" + IDENTITY + "0021" + BINDER).get();
        assertThat(e).isEqualTo(new OfferedPsks(
                Vector.of(new PskIdentity(Bytes.fromHex("aabbcc"), 1)), Vector.of(Bytes.zeros(32))));
    }

    @Test
    void anObfuscatedAgeAboveTwoToThe31IsKeptUnsigned() {
        Extension e = clientHello("0009" + "0003aabbcc" + "ffffffff" + "0021" + BINDER).get();
        assertThat(((OfferedPsks) e).identities().get(0).obfuscatedTicketAge()).isEqualTo(0xffffffffL);
    }

    @Test
    void noIdentityIsOutOfRange() {
        CodecError e = clientHello("0000" + "0021" + BINDER).getLeft();
        assertThat(e).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(e.path().toString()).isEqualTo("pre_shared_key.identities");
    }

    @Test
    void anEmptyIdentityIsOutOfRange() {
        CodecError e = clientHello("000f" + "000000000001" + IDENTITY + "0021" + BINDER).getLeft();
        assertThat(e).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(e.path().toString()).isEqualTo("pre_shared_key.identities[0].identity");
    }

    @Test
    void aBinderShorterThan32BytesIsOutOfRange() {
        CodecError e = clientHello("0009" + IDENTITY + "0041" + "1f" + "00".repeat(31) + BINDER).getLeft();
        assertThat(e).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(e.path().toString()).isEqualTo("pre_shared_key.binders[0]");
        CodecError none = clientHello("0009" + IDENTITY + "0000").getLeft();
        assertThat(none.path().toString()).isEqualTo("pre_shared_key.binders");
    }

    @Test
    void aBinderOf255BytesIsTheLongestAllowed() {
        Extension e = clientHello("0009" + IDENTITY + "0100" + "ff" + "ab".repeat(255)).get();
        assertThat(((OfferedPsks) e).binders().get(0).size()).isEqualTo(255);
    }

    @Test
    void theServerNamesOneIdentityByIndex() {
        Bytes sh = Bytes.fromHex("002900020001");
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(sh).get()).isEqualTo(new PreSharedKeyServerHello(1));
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("00290003000100")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("0029000100")).getLeft())
                .isInstanceOf(CodecError.Overrun.class);
    }
}
