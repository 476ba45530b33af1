package org.tlscodec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.examples.ServerNameExample.HostName;
import org.tlscodec.examples.ServerNameExample.ServerNameList;

class ServerNameExampleTest {

    @Test
    void mainFindsLocalhostInTheCaptureEncodesANewListAndReportsTheMalformedOnesPath() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            ServerNameExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }

        assertThat(buffer.toString(StandardCharsets.UTF_8).split("\n")).satisfiesExactly(
                line -> assertThat(line).isEqualTo("server_name in the capture: localhost"),
                line -> assertThat(line).isEqualTo("encoded: 000e00000b6578616d706c652e636f6d"),
                line -> assertThat(line).startsWith("malformed: server_name_list[0].host_name @5: ").contains("needed 9 bytes"));
    }

    @Test
    void aStreamWithoutAClientHelloRecordIsReportedNotThrown() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ServerNameExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), Bytes.fromHex("16030100"));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("server_name in the capture: fragment @3: truncated");
    }

    @Test
    void aHostNameThatIsNotAsciiIsInvalidBothWays() {
        CodecError decoded = ServerNameList.CODEC.decode(Bytes.fromHex("0005 00 0002 c3a9")).getLeft();
        assertThat(decoded).isInstanceOf(CodecError.Invalid.class);
        assertThat(decoded.path()).hasToString("server_name_list[0].host_name");

        CodecError encoded = ServerNameList.CODEC.encode(
                new ServerNameList(io.vavr.collection.Vector.of(new HostName("bücher.example")))).getLeft();
        assertThat(encoded.path()).hasToString("server_name_list[0].host_name");
    }

    @Test
    void anUnknownNameTypeIsAnErrorSinceNoLengthSaysHowToSkipIt() {
        CodecError error = ServerNameList.CODEC.decode(Bytes.fromHex("0004 01 0001 61")).getLeft();

        assertThat(error).isInstanceOf(CodecError.UnknownTag.class);
        assertThat(error.path()).hasToString("server_name_list[0]");
        assertThat(error.offset()).isEqualTo(2);
    }
}
