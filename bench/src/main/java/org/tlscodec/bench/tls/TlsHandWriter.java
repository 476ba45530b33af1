package org.tlscodec.bench.tls;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
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
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.PskKeyExchangeMode;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The hand-written yardstick for encoding the real inputs: the library's values written into a
 * {@link ByteBuffer} of the exact size, found by a first pass, so the output never grows; the
 * second pass reserves each length field and patches it once its body is written. It refuses what
 * the combinators refuse on these shapes (lengths outside their RFC bounds, a random that is not
 * 32 bytes), and values of any type it was not written for.
 *
 * <p>The public {@link Bytes} API has no way to take ownership of an array, so the {@code Bytes}
 * answers pay one copy of the output that the combinators do not; the {@code Array} methods do not.
 */
public final class TlsHandWriter {
    private static final int MAX_FRAGMENT = 1 << 14;

    private TlsHandWriter() {
    }

    /** The ClientHello as a handshake message. */
    public static Bytes clientHello(ClientHello hello) {
        return Bytes.of(clientHelloArray(hello));
    }

    /** The ClientHello as a handshake message, in a fresh array. */
    public static byte[] clientHelloArray(ClientHello hello) {
        int size = 4 + bodySize(hello);
        ByteBuffer b = ByteBuffer.allocate(size);
        message(b, hello);
        return done(b);
    }

    /** The flight's records. */
    public static Bytes serverFlight(ServerFlight flight) {
        return Bytes.of(serverFlightArray(flight));
    }

    /** The flight's records, in a fresh array. */
    public static byte[] serverFlightArray(ServerFlight flight) {
        int size = 0;
        for (HandshakeRecord record : flight.records()) {
            size += 5 + fragmentSize(record);
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        for (HandshakeRecord record : flight.records()) {
            b.put((byte) 22);
            b.putShort((short) record.legacyRecordVersion().code());
            int at = reserve(b, 2);
            for (HandshakeMessage m : record.messages()) {
                message(b, m);
            }
            patch16(b, at, 0, MAX_FRAGMENT, "fragment");
        }
        return done(b);
    }

    private static byte[] done(ByteBuffer b) {
        if (b.hasRemaining()) {
            throw new IllegalStateException("the sizes and the writer disagree by " + b.remaining() + " bytes");
        }
        return b.array();
    }

    // ---- sizes: the first pass ----

    private static int fragmentSize(HandshakeRecord record) {
        int n = 0;
        for (HandshakeMessage m : record.messages()) {
            n += 4 + bodySize(m);
        }
        return n;
    }

    private static int bodySize(HandshakeMessage m) {
        if (m instanceof ClientHello h) {
            return 2 + 32 + 1 + h.legacySessionId().size() + 2 + 2 * h.cipherSuites().size()
                    + 1 + h.legacyCompressionMethods().size() + extensionsSize(h.extensions());
        }
        if (m instanceof ServerHello h) {
            return 2 + 32 + 1 + h.legacySessionIdEcho().size() + 2 + 1 + extensionsSize(h.extensions());
        }
        if (m instanceof Certificate.Tls12 c) {
            int n = 3;
            for (Bytes cert : c.certificateList()) {
                n += 3 + cert.size();
            }
            return n;
        }
        if (m instanceof ServerKeyExchangeEcdh k) {
            DigitallySigned s = k.signedParams().getOrElseThrow(() -> unsupported(k));
            return 3 + 1 + k.params().publicKey().point().size() + 2 + 2 + s.signature().size();
        }
        if (m instanceof ServerHelloDone) {
            return 0;
        }
        throw unsupported(m);
    }

    private static int extensionsSize(Option<Vector<Extension>> extensions) {
        if (extensions.isEmpty()) {
            return 0;
        }
        int n = 2;
        for (Extension e : extensions.get()) {
            n += 4 + extensionSize(e);
        }
        return n;
    }

    private static int extensionSize(Extension e) {
        if (e instanceof ServerNameList s) {
            int n = 2;
            for (ServerName name : s.serverNameList()) {
                n += 3 + ((HostName) name).hostName().size();
            }
            return n;
        }
        if (e instanceof RenegotiationInfo r) {
            return 1 + r.renegotiatedConnection().size();
        }
        if (e instanceof NamedGroupList g) {
            return 2 + 2 * g.namedGroupList().size();
        }
        if (e instanceof SessionTicketClientHello t) {
            return t.ticket().size();
        }
        if (e instanceof KeyShareClientHello k) {
            int n = 2;
            for (KeyShareEntry entry : k.clientShares()) {
                n += 4 + entry.keyExchange().size();
            }
            return n;
        }
        if (e instanceof SupportedVersionsClientHello v) {
            return 1 + 2 * v.versions().size();
        }
        if (e instanceof SignatureSchemeList s) {
            return 2 + 2 * s.supportedSignatureAlgorithms().size();
        }
        if (e instanceof PskKeyExchangeModes p) {
            return 1 + p.keModes().size();
        }
        if (e instanceof RecordSizeLimit) {
            return 2;
        }
        if (e instanceof ECPointFormatList f) {
            return 1 + f.ecPointFormatList().size();
        }
        if (e instanceof ProtocolNameList p) {
            int n = 2;
            for (Bytes name : p.protocolNameList()) {
                n += 1 + name.size();
            }
            return n;
        }
        if (e instanceof EmptyExtension) {
            return 0;
        }
        throw unsupported(e);
    }

    // ---- the bytes: the second pass ----

    private static void message(ByteBuffer b, HandshakeMessage m) {
        b.put((byte) m.msgType().code());
        int at = reserve(b, 3);
        if (m instanceof ClientHello h) {
            clientHello(b, h);
        } else if (m instanceof ServerHello h) {
            serverHello(b, h);
        } else if (m instanceof Certificate.Tls12 c) {
            certificate(b, c);
        } else if (m instanceof ServerKeyExchangeEcdh k) {
            serverKeyExchange(b, k);
        }
        // ServerHelloDone has no body; anything else was refused by bodySize.
        patch24(b, at, 0, "body");
    }

    private static void clientHello(ByteBuffer b, ClientHello h) {
        b.putShort((short) h.legacyVersion().code());
        random(b, h.random());
        opaque8(b, h.legacySessionId(), 0, 32, "legacy_session_id");
        Vector<CipherSuite> suites = h.cipherSuites();
        int suitesLength = 2 * suites.size();
        if (suitesLength < 2 || suitesLength > 0xfffe) {
            throw outOfRange("cipher_suites", 2, 0xfffe, suitesLength);
        }
        b.putShort((short) suitesLength);
        for (CipherSuite s : suites) {
            b.putShort((short) s.code());
        }
        Vector<CompressionMethod> compression = h.legacyCompressionMethods();
        if (compression.isEmpty() || compression.size() > 0xff) {
            throw outOfRange("legacy_compression_methods", 1, 0xff, compression.size());
        }
        b.put((byte) compression.size());
        for (CompressionMethod c : compression) {
            b.put((byte) c.code());
        }
        extensions(b, h.extensions());
    }

    private static void serverHello(ByteBuffer b, ServerHello h) {
        b.putShort((short) h.legacyVersion().code());
        random(b, h.random());
        opaque8(b, h.legacySessionIdEcho(), 0, 32, "legacy_session_id_echo");
        b.putShort((short) h.cipherSuite().code());
        b.put((byte) h.legacyCompressionMethod().code());
        extensions(b, h.extensions());
    }

    private static void certificate(ByteBuffer b, Certificate.Tls12 c) {
        int at = reserve(b, 3);
        for (Bytes cert : c.certificateList()) {
            if (cert.isEmpty() || cert.size() > 0xffffff) {
                throw outOfRange("ASN.1Cert", 1, 0xffffff, cert.size());
            }
            uint24(b, cert.size());
            put(b, cert);
        }
        patch24(b, at, 0, "certificate_list");
    }

    private static void serverKeyExchange(ByteBuffer b, ServerKeyExchangeEcdh k) {
        if (!(k.params().curveParams() instanceof ECParametersNamedCurve curve)) {
            throw unsupported(k.params().curveParams());
        }
        b.put((byte) 3);
        b.putShort((short) curve.namedCurve().code());
        opaque8(b, k.params().publicKey().point(), 1, 0xff, "point");
        DigitallySigned s = k.signedParams().get();
        SignatureScheme algorithm = s.algorithm().getOrElseThrow(() -> unsupported(s));
        b.putShort((short) algorithm.code());
        Bytes signature = s.signature();
        if (signature.size() > 0xffff) {
            throw outOfRange("signature", 0, 0xffff, signature.size());
        }
        b.putShort((short) signature.size());
        put(b, signature);
    }

    private static void random(ByteBuffer b, Random random) {
        // Both variants hold the 32 bytes as sent (a Tls12 checks the size when built).
        Bytes bytes = random.bytes();
        if (bytes.size() != 32) {
            throw new IllegalArgumentException("random must be 32 bytes, not " + bytes.size());
        }
        put(b, bytes);
    }

    private static void extensions(ByteBuffer b, Option<Vector<Extension>> extensions) {
        if (extensions.isEmpty()) {
            return;
        }
        int at = reserve(b, 2);
        for (Extension e : extensions.get()) {
            b.putShort((short) e.type().code());
            int bodyAt = reserve(b, 2);
            extension(b, e);
            patch16(b, bodyAt, 0, 0xffff, "extension_data");
        }
        patch16(b, at, 0, 0xffff, "extensions");
    }

    private static void extension(ByteBuffer b, Extension e) {
        if (e instanceof ServerNameList s) {
            int at = reserve(b, 2);
            for (ServerName name : s.serverNameList()) {
                b.put((byte) name.nameType().code());
                opaque16(b, ((HostName) name).hostName(), 1, "host_name");
            }
            patch16(b, at, 1, 0xffff, "server_name_list");
        } else if (e instanceof RenegotiationInfo r) {
            opaque8(b, r.renegotiatedConnection(), 0, 0xff, "renegotiated_connection");
        } else if (e instanceof NamedGroupList g) {
            int at = reserve(b, 2);
            for (NamedGroup group : g.namedGroupList()) {
                b.putShort((short) group.code());
            }
            patch16(b, at, 2, 0xffff, "named_group_list");
        } else if (e instanceof SessionTicketClientHello t) {
            put(b, t.ticket());
        } else if (e instanceof KeyShareClientHello k) {
            int at = reserve(b, 2);
            for (KeyShareEntry entry : k.clientShares()) {
                b.putShort((short) entry.group().code());
                opaque16(b, entry.keyExchange(), 1, "key_exchange");
            }
            patch16(b, at, 0, 0xffff, "client_shares");
        } else if (e instanceof SupportedVersionsClientHello v) {
            int at = reserve(b, 1);
            for (ProtocolVersion version : v.versions()) {
                b.putShort((short) version.code());
            }
            patch8(b, at, 2, 254, "versions");
        } else if (e instanceof SignatureSchemeList s) {
            int at = reserve(b, 2);
            for (SignatureScheme scheme : s.supportedSignatureAlgorithms()) {
                b.putShort((short) scheme.code());
            }
            patch16(b, at, 2, 0xfffe, "supported_signature_algorithms");
        } else if (e instanceof PskKeyExchangeModes p) {
            int at = reserve(b, 1);
            for (PskKeyExchangeMode mode : p.keModes()) {
                b.put((byte) mode.code());
            }
            patch8(b, at, 1, 255, "ke_modes");
        } else if (e instanceof RecordSizeLimit r) {
            if ((r.recordSizeLimit() & ~0xffff) != 0) {
                throw new IllegalArgumentException("record_size_limit " + r.recordSizeLimit() + " does not fit uint16");
            }
            b.putShort((short) r.recordSizeLimit());
        } else if (e instanceof ECPointFormatList f) {
            int at = reserve(b, 1);
            for (ECPointFormat format : f.ecPointFormatList()) {
                b.put((byte) format.code());
            }
            patch8(b, at, 1, 0xff, "ec_point_format_list");
        } else if (e instanceof ProtocolNameList p) {
            int at = reserve(b, 2);
            for (Bytes name : p.protocolNameList()) {
                opaque8(b, name, 1, 0xff, "ProtocolName");
            }
            patch16(b, at, 2, 0xffff, "protocol_name_list");
        }
        // EmptyExtension: no bytes; anything else was refused by extensionSize.
    }

    // ---- primitives ----

    private static void listLength8(ByteBuffer b, int length, int min, int max, String what) {
        if (length < min || length > max) {
            throw outOfRange(what, min, max, length);
        }
        b.put((byte) length);
    }

    private static void listLength16(ByteBuffer b, int length, int min, int max, String what) {
        if (length < min || length > max) {
            throw outOfRange(what, min, max, length);
        }
        b.putShort((short) length);
    }

    private static void opaque8(ByteBuffer b, Bytes value, int min, int max, String what) {
        listLength8(b, value.size(), min, max, what);
        put(b, value);
    }

    private static void opaque16(ByteBuffer b, Bytes value, int min, String what) {
        listLength16(b, value.size(), min, 0xffff, what);
        put(b, value);
    }

    private static void uint24(ByteBuffer b, int v) {
        b.put((byte) (v >>> 16));
        b.putShort((short) v);
    }

    private static int reserve(ByteBuffer b, int width) {
        int at = b.position();
        b.position(at + width);
        return at;
    }

    /** Writes the length of what follows the {@code width} bytes reserved at {@code at}, once it is checked. */
    private static int patched(ByteBuffer b, int at, int width, int min, int max, String what) {
        int length = b.position() - at - width;
        if (length < min || length > max) {
            throw outOfRange(what, min, max, length);
        }
        return length;
    }

    private static void patch8(ByteBuffer b, int at, int min, int max, String what) {
        b.put(at, (byte) patched(b, at, 1, min, max, what));
    }

    private static void patch16(ByteBuffer b, int at, int min, int max, String what) {
        b.putShort(at, (short) patched(b, at, 2, min, max, what));
    }

    private static void patch24(ByteBuffer b, int at, int min, String what) {
        int length = patched(b, at, 3, min, 0xffffff, what);
        b.put(at, (byte) (length >>> 16));
        b.putShort(at + 1, (short) length);
    }

    /** Copies straight into the backing array: {@code b.put(value.toArray())} would copy twice. */
    private static void put(ByteBuffer b, Bytes value) {
        int p = b.position();
        value.copyTo(b.array(), b.arrayOffset() + p);
        b.position(p + value.size());
    }

    private static IllegalArgumentException outOfRange(String what, int min, int max, int actual) {
        return new IllegalArgumentException(what + " length " + actual + " outside <" + min + ".." + max + ">");
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("the baseline does not write a " + value.getClass().getSimpleName());
    }
}
