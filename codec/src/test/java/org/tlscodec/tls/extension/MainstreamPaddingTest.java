package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ECPointFormat;

/** padding (RFC 7685): whatever bytes came are kept, and the extension's own length ends it. */
class MainstreamPaddingTest {

    @Test
    void zerosAreReadAsPaddingOfThatLength() {
        Extension e = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("0015000400000000")).get();
        assertThat(e).isEqualTo(Padding.zeros(4));
    }

    @Test
    void nonZeroBytesAreKeptAndWrittenBack() {
        Bytes hex = Bytes.fromHex("00150003010203");
        Extension e = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(hex).get();
        assertThat(e).isEqualTo(new Padding(Bytes.fromHex("010203")));
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).encode(e).get()).isEqualTo(hex);
    }

    @Test
    void emptyPaddingIsAllowed() {
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("00150000")).get())
                .isEqualTo(new Padding(Bytes.empty()));
    }

    @Test
    void paddingDoesNotSwallowTheExtensionsAfterIt() {
        Bytes list = Bytes.fromHex("000c" + "001500020000" + "000b00020100");
        Vector<Extension> decoded = Extensions.list(ExtensionContext.CLIENT_HELLO, false).decode(list).get();
        assertThat(decoded).containsExactly(Padding.zeros(2), new ECPointFormatList(Vector.of(ECPointFormat.of(0))));
    }
}
