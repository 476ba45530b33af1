package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.KeyShareEntry;
import org.tlscodec.tls.extension.UnknownExtension;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;

class RenderedJsonTest {

    @Test
    void anExtensionListIsAnArrayOfTypeNameAndFieldsWithRfcNamesAndHexCodes() {
        Vector<Extension> exts = Vector.of(
                new KeyShareClientHello(Vector.of(new KeyShareEntry(NamedGroup.X25519, Bytes.fromHex("0102")))),
                new UnknownExtension(ExtensionType.of(0x1a1a), Bytes.fromHex("ff")));
        JsonNode json = RenderedJson.of(Extensions.list(ExtensionContext.CLIENT_HELLO, false).render(exts));
        assertThat(json.toString()).isEqualTo("[{\"type\":51,\"name\":\"key_share\",\"fields\":{\"client_shares\":"
                + "[{\"group\":\"0x001d\",\"key_exchange\":\"0102\"}]}},"
                + "{\"type\":6682,\"name\":\"unknown\",\"fields\":{\"data\":\"ff\"}}]");
    }
}
