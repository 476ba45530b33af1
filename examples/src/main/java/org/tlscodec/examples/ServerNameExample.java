package org.tlscodec.examples;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.examples.demo.DemoExtension;
import org.tlscodec.examples.demo.DemoRecord;

/**
 * Library use in a few lines: the server_name extension of RFC 6066 section 3 declared with the
 * combinators, read out of the ClientHello of a real capture, built anew, and a malformed one
 * reported with its path and offset. Run by {@code ServerNameExampleTest}.
 *
 * <pre>
 * struct {
 *     NameType name_type;                  // uint8, host_name(0)
 *     select (name_type) {
 *         case host_name: HostName;        // opaque HostName&lt;1..2^16-1&gt;
 *     } name;
 * } ServerName;
 *
 * struct {
 *     ServerName server_name_list&lt;1..2^16-1&gt;
 * } ServerNameList;
 * </pre>
 */
public final class ServerNameExample {

    /** {@code ServerName}: a case for each {@code name_type}; only host_name(0) is defined. */
    public sealed interface ServerName permits HostName {
        int nameType();
    }

    /** {@code host_name}: an ASCII DNS name (RFC 6066 section 3). */
    public record HostName(String name) implements ServerName {
        public static final int NAME_TYPE = 0;

        static final Codec<HostName> CODEC = opaque(2, 1, 0xffff).exmap(
                bytes -> ascii(bytes).map(HostName::new),
                host -> ascii(host.name()));

        @Override
        public int nameType() {
            return NAME_TYPE;
        }
    }

    /** {@code ServerNameList}, the extension_data of server_name (extension type 0). */
    public record ServerNameList(Vector<ServerName> serverNameList) {
        public static final int EXTENSION_TYPE = 0;

        public static final Codec<ServerNameList> CODEC = struct(
                field("server_name_list", vector(2, SERVER_NAME, 1, 0xffff), ServerNameList::serverNameList),
                ServerNameList::new);
    }

    /** An unknown name_type is an error: RFC 6066 gives no length to skip one by. */
    static final Codec<ServerName> SERVER_NAME = select(uint8(), ServerName::nameType)
            .caseOf(HostName.NAME_TYPE, "host_name", HostName.class, HostName.CODEC)
            .strict();

    private ServerNameExample() {
    }

    public static void main(String[] args) {
        run(System.out, bundledClientStream());
    }

    /** Prints what the example finds in {@code clientStream}, the bytes a TLS client sent. */
    public static void run(PrintStream out, Bytes clientStream) {
        // 1. Decode: the first record's ClientHello, then the server_name extension's data.
        String found = DemoRecord.CODEC.decodePrefix(clientStream).fold(
                CodecError::describe,
                decoded -> serverNameData(decoded.value())
                        .map(data -> ServerNameList.CODEC.decode(data).fold(CodecError::describe, ServerNameExample::names))
                        .getOrElse("no server_name extension"));
        out.println("server_name in the capture: " + found);

        // 2. Encode: the same declaration builds the bytes; the vector's length is patched in.
        ServerNameList mine = new ServerNameList(Vector.of(new HostName("example.com")));
        out.println("encoded: " + ServerNameList.CODEC.encode(mine).fold(CodecError::describe, Bytes::hex));

        // 3. A malformed list: the host name's length runs past the list. The error names the field.
        Bytes malformed = Bytes.fromHex("0007 00 0009 6578616d");
        out.println("malformed: " + ServerNameList.CODEC.decode(malformed).fold(CodecError::describe, Object::toString));
    }

    private static Option<Bytes> serverNameData(DemoRecord record) {
        return record.fragment().body().extensions()
                .find(e -> e.extensionType() == ServerNameList.EXTENSION_TYPE)
                .map(DemoExtension::extensionData);
    }

    private static String names(ServerNameList list) {
        return list.serverNameList()
                .map(name -> name instanceof HostName host ? host.name() : "name_type " + name.nameType())
                .mkString(", ");
    }

    private static Either<String, String> ascii(Bytes bytes) {
        for (int i = 0; i < bytes.size(); i++) {
            if (bytes.get(i) > 0x7e || bytes.get(i) < 0x21) {
                return Either.left("host_name is not printable ASCII at byte " + i);
            }
        }
        return Either.right(new String(bytes.toArray(), StandardCharsets.US_ASCII));
    }

    private static Either<String, Bytes> ascii(String name) {
        return ascii(Bytes.utf8(name)).map(Bytes::utf8);
    }

    /** The client's stream of the bundled capture (see captures/README.md in the resources). */
    static Bytes bundledClientStream() {
        try (InputStream in = ServerNameExample.class.getClassLoader()
                .getResourceAsStream("captures/tls13_aes128gcm/conn0.client.bin")) {
            if (in == null) {
                throw new IllegalStateException("the bundled capture is missing from the class path");
            }
            return Bytes.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
