package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NameType;

/** server_name (RFC 6066 section 3) on hand-made bytes, including the name types it cannot read. */
class MainstreamServerNameTest {
    // server_name: list of 12 bytes, host_name "localhost" (9 bytes).
    private static final String LOCALHOST = "0000000e000c0000096c6f63616c686f7374";

    @Test
    void aHostNameIsReadAndWrittenBack() {
        Extension e = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex(LOCALHOST)).get();
        assertThat(e).isEqualTo(ServerNameList.ofHostNames("localhost"));
        assertThat(((ServerNameList) e).hostName().get().text()).isEqualTo("localhost");
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).encode(e).get().hex()).isEqualTo(LOCALHOST);
    }

    @Test
    void anUnknownNameTypeKeepsTheRestOfTheListAndReencodesExactly() {
        // host_name "a", then type 7 with bytes that would look like another entry.
        Bytes list = Bytes.fromHex("000a" + "00000161" + "07" + "00000162" + "ff");
        ServerNameList decoded = ServerNameList.CODEC.decode(list).get();
        assertThat(decoded.serverNameList()).containsExactly(
                new HostName(Bytes.fromHex("61")),
                new UnknownServerName(NameType.of(7), Bytes.fromHex("00000162ff")));
        assertThat(ServerNameList.CODEC.encode(decoded).get()).isEqualTo(list);
    }

    @Test
    void anUnknownEntryBeforeTheEndCannotBeWritten() {
        ServerNameList bad = new ServerNameList(Vector.of(
                new UnknownServerName(NameType.of(9), Bytes.fromHex("01")), HostName.ofAscii("a")));
        CodecError e = ServerNameList.CODEC.encode(bad).getLeft();
        assertThat(e).isInstanceOf(CodecError.Invalid.class);
        assertThat(e.path().toString()).isEqualTo("server_name_list");
    }

    @Test
    void anEmptyHostNameOrAnEmptyListIsOutOfRange() {
        assertThat(ServerNameList.CODEC.decode(Bytes.fromHex("0003000000")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(ServerNameList.CODEC.decode(Bytes.fromHex("0000")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void theServersAnswerIsEmptyAndAByteInItIsAnError() {
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("00000000")).get())
                .isEqualTo(new EmptyExtension(ExtensionType.SERVER_NAME));
        assertThat(Extensions.extension(ExtensionContext.ENCRYPTED_EXTENSIONS).decode(Bytes.fromHex("0000000100")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
    }
}
