package org.tlscodec.bench.synthetic;

import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.tlscodec.codec.Bytes;

/**
 * Realistic sample values, modelled on what a current browser sends: GREASE values, sixteen
 * cipher suites, about fifteen extensions of which three decode as nested structures. Random
 * fields come from a fixed seed, so every run benchmarks the same bytes.
 */
public final class Samples {
    /** Chrome pads a ClientHello that would be 256 to 511 bytes long up to 512 (RFC 7685). */
    public static final int PADDED_LENGTH = 512;

    private static final int PADDING = 21;
    private static final int GREASE_A = 0x0a0a;
    private static final int GREASE_B = 0x3a3a;
    private static final int X25519 = 0x001d;
    private static final int X25519_MLKEM768 = 0x11ec;

    private Samples() {
    }

    /** A classic ClientHello: one x25519 key share of 32 bytes, padded to 512 bytes on the wire. */
    public static Handshake classic() {
        SplittableRandom random = new SplittableRandom(0x7153);
        Handshake unpadded = hello(random,
                Vector.of(GREASE_B, X25519, 0x0017, 0x0018),
                Vector.of(new KeyShareEntry(GREASE_B, Bytes.ofUnsigned(0)), new KeyShareEntry(X25519, bytes(random, 32))));
        int size = Handshake.CODEC.encode(unpadded).get().size();
        int padding = PADDED_LENGTH - size - 4;
        ClientHello body = unpadded.body();
        return new Handshake(unpadded.msgType(), new ClientHello(body.legacyVersion(), body.random(),
                body.legacySessionId(), body.cipherSuites(), body.legacyCompressionMethods(),
                body.extensions().append(new UnknownExtension(PADDING, Bytes.zeros(padding)))));
    }

    /** A post-quantum ClientHello: X25519MLKEM768 (1216 bytes) and x25519 (32 bytes) key shares, about 1.5 KB. */
    public static Handshake postQuantum() {
        SplittableRandom random = new SplittableRandom(0x7154);
        return hello(random,
                Vector.of(GREASE_B, X25519_MLKEM768, X25519, 0x0017, 0x0018),
                Vector.of(new KeyShareEntry(GREASE_B, Bytes.ofUnsigned(0)),
                        new KeyShareEntry(X25519_MLKEM768, bytes(random, 1216)),
                        new KeyShareEntry(X25519, bytes(random, 32))));
    }

    /** The sample of that name: {@code classic} or {@code postQuantum}. */
    public static Handshake named(String name) {
        switch (name) {
            case "classic": return classic();
            case "postQuantum": return postQuantum();
            default: throw new IllegalArgumentException("no sample named " + name);
        }
    }

    private static Handshake hello(SplittableRandom random, Vector<Integer> groups, Vector<KeyShareEntry> shares) {
        Vector<Integer> suites = Vector.of(GREASE_A, 0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030,
                0xcca9, 0xcca8, 0xc013, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035);
        Vector<Extension> extensions = Vector.of(
                new UnknownExtension(GREASE_A, Bytes.empty()),
                new ServerName(Vector.of(new ServerNameEntry(0, Bytes.utf8("www.example.com")))),
                new UnknownExtension(23, Bytes.empty()),                       // extended_master_secret
                new UnknownExtension(0xff01, Bytes.ofUnsigned(0)),             // renegotiation_info
                new SupportedGroups(groups),
                new UnknownExtension(11, Bytes.ofUnsigned(1, 0)),              // ec_point_formats
                new UnknownExtension(35, Bytes.empty()),                       // session_ticket
                new UnknownExtension(16, alpn("h2", "http/1.1")),              // ALPN
                new UnknownExtension(5, Bytes.ofUnsigned(1, 0, 0, 0, 0)),      // status_request
                new UnknownExtension(13, Bytes.fromHex("0010 0403 0804 0401 0503 0805 0501 0806 0601")), // signature_algorithms
                new UnknownExtension(18, Bytes.empty()),                       // signed_certificate_timestamp
                new KeyShare(shares),
                new UnknownExtension(45, Bytes.ofUnsigned(1, 1)),              // psk_key_exchange_modes
                new UnknownExtension(43, Bytes.fromHex("06 7a7a 0304 0303")),  // supported_versions
                new UnknownExtension(27, Bytes.ofUnsigned(2, 0, 2)),           // compress_certificate
                new UnknownExtension(0x4469, alpn("h2")),                      // application_settings
                new UnknownExtension(0x1a1a, Bytes.ofUnsigned(0)));
        return new Handshake(Handshake.CLIENT_HELLO, new ClientHello(0x0303, bytes(random, 32), bytes(random, 32),
                suites, Bytes.ofUnsigned(0), extensions));
    }

    /** An ALPN-style {@code ProtocolName protocol_name_list<2..2^16-1>}, kept raw. */
    private static Bytes alpn(String... protocols) {
        int total = 0;
        for (String p : protocols) {
            total += 1 + p.length();
        }
        byte[] out = new byte[2 + total];
        out[0] = (byte) (total >>> 8);
        out[1] = (byte) total;
        int at = 2;
        for (String p : protocols) {
            byte[] name = p.getBytes(StandardCharsets.US_ASCII);
            out[at++] = (byte) name.length;
            System.arraycopy(name, 0, out, at, name.length);
            at += name.length;
        }
        return Bytes.of(out);
    }

    private static Bytes bytes(SplittableRandom random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return Bytes.of(out);
    }
}
