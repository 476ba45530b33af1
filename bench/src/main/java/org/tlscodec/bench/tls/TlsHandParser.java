package org.tlscodec.bench.tls;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tlscodec.bench.baseline.MalformedInput;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.ECPointFormatList;
import org.tlscodec.tls.extension.EmptyExtension;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.HostName;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.KeyShareEntry;
import org.tlscodec.tls.extension.NamedGroupList;
import org.tlscodec.tls.extension.ProtocolNameList;
import org.tlscodec.tls.extension.PskKeyExchangeModes;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.extension.RenegotiationInfo;
import org.tlscodec.tls.extension.ServerName;
import org.tlscodec.tls.extension.ServerNameList;
import org.tlscodec.tls.extension.SessionTicketClientHello;
import org.tlscodec.tls.extension.SignatureSchemeList;
import org.tlscodec.tls.extension.SupportedVersionsClientHello;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.PskKeyExchangeMode;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The hand-written yardstick for the real inputs: a {@link ByteBuffer} parser, in network order,
 * that builds the library's own values (the same records, registry values from {@code of(int)},
 * Vavr vectors), so a benchmark compares the cost of one value built two ways. It is as careful
 * as a hand-writer would be: each length is checked against its RFC bounds and against its
 * enclosing region before anything is read or allocated, and each region must be used up.
 *
 * <p>It reads only what the inputs need: a ClientHello and a TLS 1.2 ECDHE server flight with the
 * extensions these carry; anything else is refused as unsupported (a {@link MalformedInput}),
 * never read differently from the library. {@link Bytes} are copies ({@link Bytes#of(byte[], int, int)}),
 * or with the {@code sameBytes} overloads O(1) slices as the combinators make them.
 */
public final class TlsHandParser {
    private static final int HANDSHAKE = 22;
    private static final int MAX_FRAGMENT = 1 << 14;
    private static final int TLS12 = 0x0303;
    private static final Bytes HELLO_RETRY_RANDOM = Random.HELLO_RETRY_REQUEST;

    private final ByteBuffer in;
    private final @Nullable Bytes shared;
    private final int base;

    private TlsHandParser(ByteBuffer in, @Nullable Bytes shared) {
        if (!in.hasArray()) {
            throw new IllegalArgumentException("a heap buffer is expected");
        }
        if (shared != null && shared.size() != in.remaining()) {
            throw new IllegalArgumentException("sameBytes has " + shared.size() + " bytes, the buffer " + in.remaining());
        }
        this.in = in;
        this.shared = shared;
        this.base = in.position();
    }

    /** One whole ClientHello handshake message; payloads copied out. */
    public static ClientHello clientHello(ByteBuffer in) {
        return new TlsHandParser(in, null).clientHelloMessage();
    }

    /** One whole ClientHello handshake message; payloads are slices of {@code sameBytes}, the buffer's bytes. */
    public static ClientHello clientHello(ByteBuffer in, Bytes sameBytes) {
        return new TlsHandParser(in, sameBytes).clientHelloMessage();
    }

    /** The records of a TLS 1.2 server's first flight, through ServerHelloDone; payloads copied out. */
    public static ServerFlight serverFlight(ByteBuffer in) {
        return new TlsHandParser(in, null).flight();
    }

    /** The flight; payloads are slices of {@code sameBytes}, the buffer's bytes. */
    public static ServerFlight serverFlight(ByteBuffer in, Bytes sameBytes) {
        return new TlsHandParser(in, sameBytes).flight();
    }

    // ---- messages ----

    private ClientHello clientHelloMessage() {
        int end = in.limit();
        int bodyEnd = handshakeHeader(end, 1);
        ClientHello hello = clientHelloBody(bodyEnd);
        expectEnd(end, "handshake");
        return hello;
    }

    private ServerFlight flight() {
        int end = in.limit();
        List<HandshakeRecord> records = new ArrayList<>(4);
        int suite = -1;
        boolean done = false;
        while (!done) {
            need(end, 5);
            int type = in.get() & 0xff;
            if (type != HANDSHAKE) {
                throw unsupported("record of content type " + type);
            }
            ProtocolVersion version = ProtocolVersion.of(in.getShort() & 0xffff);
            int length = in.getShort() & 0xffff;
            if (length > MAX_FRAGMENT) {
                throw outOfRange("fragment", 0, MAX_FRAGMENT, length);
            }
            int fragmentEnd = region(end, length);
            List<HandshakeMessage> messages = new ArrayList<>(1);
            while (in.position() < fragmentEnd) {
                int msgType = in.get(in.position()) & 0xff;
                int bodyEnd = handshakeHeader(fragmentEnd, msgType);
                HandshakeMessage m;
                switch (msgType) {
                    case 2: {
                        ServerHello hello = serverHelloBody(bodyEnd);
                        suite = hello.cipherSuite().code();
                        m = hello;
                        break;
                    }
                    case 11: m = certificateBody(bodyEnd); break;
                    case 12: m = serverKeyExchangeBody(bodyEnd, suite); break;
                    case 14: m = new ServerHelloDone(); done = true; break;
                    default: throw unsupported("handshake message of type " + msgType);
                }
                expectEnd(bodyEnd, "handshake");
                messages.add(m);
            }
            records.add(new HandshakeRecord(version, Vector.ofAll(messages)));
        }
        expectEnd(end, "flight");
        return new ServerFlight(Vector.ofAll(records));
    }

    /** Reads msg_type and the uint24 length, checks the type and that the body lies inside the region; answers its end. */
    private int handshakeHeader(int end, int expectedType) {
        need(end, 4);
        int type = in.get() & 0xff;
        if (type != expectedType) {
            throw new MalformedInput("expected handshake type " + expectedType + ", got " + type, in.position() - 1 - base);
        }
        int length = (in.get() & 0xff) << 16 | (in.getShort() & 0xffff);
        return region(end, length);
    }

    private ClientHello clientHelloBody(int end) {
        // One check covers legacy_version, random and the session id's length.
        need(end, 2 + 32 + 1);
        ProtocolVersion version = ProtocolVersion.of(in.getShort() & 0xffff);
        int randomAt = in.position();
        in.position(randomAt + 32);
        Bytes sessionId = opaque8(end, 0, 32, "legacy_session_id");
        need(end, 2);
        int suitesLength = in.getShort() & 0xffff;
        if (suitesLength < 2 || suitesLength > 0xfffe || (suitesLength & 1) != 0) {
            throw outOfRange("cipher_suites", 2, 0xfffe, suitesLength);
        }
        need(end, suitesLength + 1);
        CipherSuite[] suites = new CipherSuite[suitesLength >>> 1];
        for (int i = 0; i < suites.length; i++) {
            suites[i] = CipherSuite.of(in.getShort() & 0xffff);
        }
        int compressionLength = in.get() & 0xff;
        if (compressionLength < 1) {
            throw outOfRange("legacy_compression_methods", 1, 0xff, compressionLength);
        }
        need(end, compressionLength);
        CompressionMethod[] compression = new CompressionMethod[compressionLength];
        for (int i = 0; i < compression.length; i++) {
            compression[i] = CompressionMethod.of(in.get() & 0xff);
        }
        Option<Vector<Extension>> extensions = Option.none();
        boolean tls13 = false;
        if (in.position() < end) {
            need(end, 2);
            int extensionsEnd = region(end, in.getShort() & 0xffff);
            Extension[] items = new Extension[countEntries(extensionsEnd, 2)];
            for (int i = 0; i < items.length; i++) {
                Extension e = clientHelloExtension();
                tls13 |= e instanceof SupportedVersionsClientHello v && v.versions().exists(ProtocolVersion::isTls13OrLater);
                items[i] = e;
            }
            expectEnd(extensionsEnd, "extensions");
            extensions = Option.some(Vector.of(items));
        }
        expectEnd(end, "client_hello");
        return new ClientHello(version, random(randomAt, tls13), sessionId, Vector.of(suites), Vector.of(compression), extensions);
    }

    private ServerHello serverHelloBody(int end) {
        need(end, 2 + 32 + 1);
        ProtocolVersion version = ProtocolVersion.of(in.getShort() & 0xffff);
        int randomAt = in.position();
        if (sameAt(randomAt, HELLO_RETRY_RANDOM)) {
            throw unsupported("HelloRetryRequest");
        }
        in.position(randomAt + 32);
        Bytes sessionId = opaque8(end, 0, 32, "legacy_session_id_echo");
        need(end, 3);
        CipherSuite suite = CipherSuite.of(in.getShort() & 0xffff);
        CompressionMethod compression = CompressionMethod.of(in.get() & 0xff);
        Option<Vector<Extension>> extensions = Option.none();
        if (in.position() < end) {
            need(end, 2);
            int extensionsEnd = region(end, in.getShort() & 0xffff);
            Extension[] items = new Extension[countEntries(extensionsEnd, 2)];
            for (int i = 0; i < items.length; i++) {
                items[i] = serverHelloExtension();
            }
            expectEnd(extensionsEnd, "extensions");
            extensions = Option.some(Vector.of(items));
        }
        expectEnd(end, "server_hello");
        // No supported_versions is read here (it is refused), so the random is always TLS 1.2's.
        return new ServerHello(version, random(randomAt, false), sessionId, suite, compression, extensions);
    }

    private Certificate.Tls12 certificateBody(int end) {
        need(end, 3);
        int listEnd = region(end, uint24());
        Bytes[] certificates = new Bytes[countEntries(listEnd, 0, 3)];
        for (int i = 0; i < certificates.length; i++) {
            int length = uint24();
            if (length < 1) {
                throw outOfRange("ASN.1Cert", 1, 0xffffff, length);
            }
            certificates[i] = take(length);
        }
        expectEnd(listEnd, "certificate_list");
        return new Certificate.Tls12(Vector.of(certificates));
    }

    private ServerKeyExchangeEcdh serverKeyExchangeBody(int end, int suite) {
        if (!ecdheSigned(suite)) {
            throw unsupported("ServerKeyExchange of suite " + suite);
        }
        need(end, 4);
        int curveType = in.get() & 0xff;
        if (curveType != 3) {
            throw unsupported("curve_type " + curveType);
        }
        NamedGroup curve = NamedGroup.of(in.getShort() & 0xffff);
        Bytes point = opaque8(end, 1, 0xff, "point");
        need(end, 4);
        SignatureScheme algorithm = SignatureScheme.of(in.getShort() & 0xffff);
        Bytes signature = opaque16(end, 0, "signature");
        return new ServerKeyExchangeEcdh(new ServerECDHParams(new ECParametersNamedCurve(curve), new ECPoint(point)),
                Option.some(new DigitallySigned(Option.some(algorithm), signature)));
    }

    /** The TLS 1.2 ECDHE_RSA and ECDHE_ECDSA suites with AES-GCM or ChaCha20: the ones a baseline of a modern server needs. */
    private static boolean ecdheSigned(int suite) {
        switch (suite) {
            case 0xc02b: case 0xc02c: case 0xc02f: case 0xc030: case 0xcca8: case 0xcca9:
                return true;
            default:
                return false;
        }
    }

    // ---- extensions; countEntries has checked every header and body lies inside the list ----

    private Extension clientHelloExtension() {
        int type = in.getShort() & 0xffff;
        int length = in.getShort() & 0xffff;
        int end = in.position() + length;
        Extension e;
        switch (type) {
            case 0: e = serverNameList(end); break;
            case 0xff01: e = new RenegotiationInfo(opaque8(end, 0, 0xff, "renegotiated_connection")); break;
            case 10: e = new NamedGroupList(namedGroups(end)); break;
            case 35: e = new SessionTicketClientHello(take(end - in.position())); break;
            case 51: e = keyShare(end); break;
            case 43: e = supportedVersions(end); break;
            case 13: e = new SignatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS, signatureSchemes(end)); break;
            case 45: e = pskModes(end); break;
            case 28: need(end, 2); e = new RecordSizeLimit(in.getShort() & 0xffff); break;
            default: throw unsupported("ClientHello extension " + type);
        }
        expectEnd(end, "extension_data");
        return e;
    }

    private Extension serverHelloExtension() {
        int type = in.getShort() & 0xffff;
        int length = in.getShort() & 0xffff;
        int end = in.position() + length;
        Extension e;
        switch (type) {
            case 0xff01: e = new RenegotiationInfo(opaque8(end, 0, 0xff, "renegotiated_connection")); break;
            case 11: e = ecPointFormats(end); break;
            case 35: e = new EmptyExtension(ExtensionType.SESSION_TICKET); break;
            case 16: e = alpn(end); break;
            case 23: e = new EmptyExtension(ExtensionType.EXTENDED_MASTER_SECRET); break;
            default: throw unsupported("ServerHello extension " + type);
        }
        expectEnd(end, "extension_data");
        return e;
    }

    private ServerNameList serverNameList(int end) {
        need(end, 2);
        int listLength = in.getShort() & 0xffff;
        if (listLength < 1) {
            throw outOfRange("server_name_list", 1, 0xffff, listLength);
        }
        int listEnd = region(end, listLength);
        ServerName[] names = new ServerName[countEntries(listEnd, 1, 2)];
        for (int i = 0; i < names.length; i++) {
            int nameType = in.get() & 0xff;
            if (nameType != 0) {
                throw unsupported("name_type " + nameType);
            }
            int length = in.getShort() & 0xffff;
            if (length < 1) {
                throw outOfRange("host_name", 1, 0xffff, length);
            }
            names[i] = new HostName(take(length));
        }
        expectEnd(listEnd, "server_name_list");
        return new ServerNameList(Vector.of(names));
    }

    private Vector<NamedGroup> namedGroups(int end) {
        int n = uint16List(end, 2, 0xffff, "named_group_list");
        NamedGroup[] groups = new NamedGroup[n];
        for (int i = 0; i < n; i++) {
            groups[i] = NamedGroup.of(in.getShort() & 0xffff);
        }
        return Vector.of(groups);
    }

    private Vector<SignatureScheme> signatureSchemes(int end) {
        int n = uint16List(end, 2, 0xfffe, "supported_signature_algorithms");
        SignatureScheme[] schemes = new SignatureScheme[n];
        for (int i = 0; i < n; i++) {
            schemes[i] = SignatureScheme.of(in.getShort() & 0xffff);
        }
        return Vector.of(schemes);
    }

    private KeyShareClientHello keyShare(int end) {
        need(end, 2);
        int listEnd = region(end, in.getShort() & 0xffff);
        KeyShareEntry[] shares = new KeyShareEntry[countEntries(listEnd, 2, 2)];
        for (int i = 0; i < shares.length; i++) {
            NamedGroup group = NamedGroup.of(in.getShort() & 0xffff);
            int length = in.getShort() & 0xffff;
            if (length < 1) {
                throw outOfRange("key_exchange", 1, 0xffff, length);
            }
            shares[i] = new KeyShareEntry(group, take(length));
        }
        expectEnd(listEnd, "client_shares");
        return new KeyShareClientHello(Vector.of(shares));
    }

    private SupportedVersionsClientHello supportedVersions(int end) {
        need(end, 1);
        int length = in.get() & 0xff;
        if (length < 2 || length > 254 || (length & 1) != 0) {
            throw outOfRange("versions", 2, 254, length);
        }
        region(end, length);
        ProtocolVersion[] versions = new ProtocolVersion[length >>> 1];
        for (int i = 0; i < versions.length; i++) {
            versions[i] = ProtocolVersion.of(in.getShort() & 0xffff);
        }
        return new SupportedVersionsClientHello(Vector.of(versions));
    }

    private PskKeyExchangeModes pskModes(int end) {
        need(end, 1);
        int length = in.get() & 0xff;
        if (length < 1) {
            throw outOfRange("ke_modes", 1, 255, length);
        }
        region(end, length);
        PskKeyExchangeMode[] modes = new PskKeyExchangeMode[length];
        for (int i = 0; i < length; i++) {
            modes[i] = PskKeyExchangeMode.of(in.get() & 0xff);
        }
        return new PskKeyExchangeModes(Vector.of(modes));
    }

    private ECPointFormatList ecPointFormats(int end) {
        need(end, 1);
        int length = in.get() & 0xff;
        if (length < 1) {
            throw outOfRange("ec_point_format_list", 1, 0xff, length);
        }
        region(end, length);
        ECPointFormat[] formats = new ECPointFormat[length];
        for (int i = 0; i < length; i++) {
            formats[i] = ECPointFormat.of(in.get() & 0xff);
        }
        return new ECPointFormatList(Vector.of(formats));
    }

    private ProtocolNameList alpn(int end) {
        need(end, 2);
        int listLength = in.getShort() & 0xffff;
        if (listLength < 2) {
            throw outOfRange("protocol_name_list", 2, 0xffff, listLength);
        }
        int listEnd = region(end, listLength);
        Bytes[] names = new Bytes[countEntries(listEnd, 0, 1)];
        for (int i = 0; i < names.length; i++) {
            int length = in.get() & 0xff;
            if (length < 1) {
                throw outOfRange("ProtocolName", 1, 0xff, length);
            }
            names[i] = take(length);
        }
        expectEnd(listEnd, "protocol_name_list");
        return new ProtocolNameList(Vector.of(names));
    }

    // ---- primitives ----

    /** The random at {@code at}, read the way the hello's version reads it. */
    private Random random(int at, boolean tls13) {
        // Either way the 32 bytes, as the value holds them: a Tls12 reads its clock from them on demand.
        Bytes bytes = bytesAt(at, 32);
        return tls13 ? new Random.Tls13(bytes) : new Random.Tls12(bytes);
    }

    private boolean sameAt(int at, Bytes expected) {
        for (int i = 0; i < expected.size(); i++) {
            if ((in.get(at + i) & 0xff) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A uint16 list's length, checked even and within bounds and the region: answers the element count. */
    private int uint16List(int end, int min, int max, String what) {
        need(end, 2);
        int length = in.getShort() & 0xffff;
        if (length < min || length > max || (length & 1) != 0) {
            throw outOfRange(what, min, max, length);
        }
        region(end, length);
        return length >>> 1;
    }

    private Bytes opaque8(int end, int min, int max, String what) {
        need(end, 1);
        int length = in.get() & 0xff;
        if (length < min || length > max) {
            throw outOfRange(what, min, max, length);
        }
        need(end, length);
        return take(length);
    }

    private Bytes opaque16(int end, int min, String what) {
        need(end, 2);
        int length = in.getShort() & 0xffff;
        if (length < min) {
            throw outOfRange(what, min, 0xffff, length);
        }
        need(end, length);
        return take(length);
    }

    private int uint24() {
        return (in.get() & 0xff) << 16 | (in.getShort() & 0xffff);
    }

    /** Counts the entries of a list of {@code tag[tagWidth] uintN length; body} that fills the region exactly, without moving. */
    private int countEntries(int end, int tagWidth) {
        return countEntries(end, tagWidth, 2);
    }

    private int countEntries(int end, int tagWidth, int lengthWidth) {
        int p = in.position();
        int n = 0;
        while (p < end) {
            if (end - p < tagWidth + lengthWidth) {
                throw new MalformedInput("entry header runs past its list", p - base);
            }
            int at = p + tagWidth;
            int length = lengthWidth == 1 ? in.get(at) & 0xff
                    : lengthWidth == 2 ? in.getShort(at) & 0xffff
                    : (in.get(at) & 0xff) << 16 | (in.getShort(at + 1) & 0xffff);
            p = at + lengthWidth + length;
            if (p > end) {
                throw new MalformedInput("entry of " + length + " bytes runs past its list", p - base);
            }
            n++;
        }
        return n;
    }

    /** The next {@code n} bytes, already checked to be there. */
    private Bytes take(int n) {
        int p = in.position();
        in.position(p + n);
        return bytesAt(p, n);
    }

    private Bytes bytesAt(int p, int n) {
        Bytes s = shared;
        if (s != null) {
            return s.slice(p - base, p - base + n);
        }
        return Bytes.of(in.array(), in.arrayOffset() + p, n);
    }

    private void need(int end, int n) {
        if (end - in.position() < n) {
            throw new MalformedInput("needs " + n + " bytes, " + (end - in.position()) + " left", in.position() - base);
        }
    }

    private int region(int end, int length) {
        need(end, length);
        return in.position() + length;
    }

    private void expectEnd(int end, String what) {
        if (in.position() != end) {
            throw new MalformedInput(what + " leaves " + (end - in.position()) + " bytes unread", in.position() - base);
        }
    }

    private MalformedInput outOfRange(String what, int min, int max, int actual) {
        return new MalformedInput(what + " length " + actual + " outside <" + min + ".." + max + ">", in.position() - base);
    }

    private MalformedInput unsupported(String what) {
        return new MalformedInput(what + " is not supported by the baseline", in.position() - base);
    }
}
