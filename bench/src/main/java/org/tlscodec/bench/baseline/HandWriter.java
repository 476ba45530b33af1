package org.tlscodec.bench.baseline;

import io.vavr.collection.Vector;
import java.nio.ByteBuffer;
import org.tlscodec.bench.synthetic.ClientHello;
import org.tlscodec.bench.synthetic.Extension;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.KeyShare;
import org.tlscodec.bench.synthetic.KeyShareEntry;
import org.tlscodec.bench.synthetic.ServerName;
import org.tlscodec.bench.synthetic.ServerNameEntry;
import org.tlscodec.bench.synthetic.SupportedGroups;
import org.tlscodec.bench.synthetic.UnknownExtension;
import org.tlscodec.codec.Bytes;

/**
 * The synthetic ClientHello written by hand into a {@link ByteBuffer}: the yardstick for encoding.
 * A first pass adds up the exact size, so the output is allocated once and never grows; the second
 * writes, reserving each length field and patching it once its body is written. It refuses the same
 * values the combinators refuse: integers that do not fit their width, lengths outside their bounds.
 *
 * <p>Vavr vectors are walked with their iterators: measured faster than {@code get(i)}, whose
 * trie look-up costs more than the iterator object, which escape analysis removes anyway.
 */
public final class HandWriter {
    private HandWriter() {
    }

    /**
     * The message as {@link Bytes}. The public {@code Bytes} API has no way to take ownership of an
     * array, so this pays one copy of the whole output that the combinators do not pay.
     */
    public static Bytes write(Handshake message) {
        return Bytes.of(writeArray(message));
    }

    /** The message as a fresh array, which is what a hand-writer would hand on to a socket. */
    public static byte[] writeArray(Handshake message) {
        byte[] out = new byte[size(message)];
        ByteBuffer b = ByteBuffer.wrap(out);
        handshake(b, message);
        if (b.hasRemaining()) {
            throw new IllegalStateException("size() and the writer disagree by " + b.remaining() + " bytes");
        }
        return out;
    }

    // ---- sizes: the first pass ----

    static int size(Handshake message) {
        return 4 + size(message.body());
    }

    private static int size(ClientHello hello) {
        int n = 2 + hello.random().size() + 1 + hello.legacySessionId().size()
                + 2 + 2 * hello.cipherSuites().size() + 1 + hello.legacyCompressionMethods().size() + 2;
        Vector<Extension> extensions = hello.extensions();
        for (Extension e : extensions) {
            n += 4 + bodySize(e);
        }
        return n;
    }

    private static int bodySize(Extension e) {
        if (e instanceof UnknownExtension u) {
            return u.data().size();
        }
        int n = 2;
        if (e instanceof KeyShare k) {
            Vector<KeyShareEntry> shares = k.shares();
            for (KeyShareEntry entry : shares) {
                n += 4 + entry.keyExchange().size();
            }
        } else if (e instanceof SupportedGroups g) {
            n += 2 * g.groups().size();
        } else if (e instanceof ServerName s) {
            Vector<ServerNameEntry> names = s.names();
            for (ServerNameEntry entry : names) {
                n += 3 + entry.host().size();
            }
        }
        return n;
    }

    // ---- the bytes: the second pass ----

    private static void handshake(ByteBuffer b, Handshake message) {
        b.put((byte) uint8(message.msgType(), "msg_type"));
        int at = b.position();
        b.position(at + 3);
        clientHello(b, message.body());
        int length = b.position() - at - 3;
        if (length > 0xffffff) {
            throw outOfRange("client_hello", 0, 0xffffff, length);
        }
        b.put(at, (byte) (length >>> 16));
        b.putShort(at + 1, (short) length);
    }

    private static void clientHello(ByteBuffer b, ClientHello hello) {
        b.putShort((short) uint16(hello.legacyVersion(), "legacy_version"));
        Bytes random = hello.random();
        if (random.size() != 32) {
            throw new IllegalArgumentException("random must be 32 bytes, not " + random.size());
        }
        put(b, random);
        opaque8(b, hello.legacySessionId(), 0, 32, "legacy_session_id");
        Vector<Integer> suites = hello.cipherSuites();
        int suitesLength = 2 * suites.size();
        if (suitesLength < 2 || suitesLength > 0xfffe) {
            throw outOfRange("cipher_suites", 2, 0xfffe, suitesLength);
        }
        b.putShort((short) suitesLength);
        uint16s(b, suites, "cipher_suites");
        opaque8(b, hello.legacyCompressionMethods(), 1, 0xff, "legacy_compression_methods");
        int at = reserve16(b);
        Vector<Extension> extensions = hello.extensions();
        for (Extension e : extensions) {
            extension(b, e);
        }
        patch16(b, at, 0, "extensions");
    }

    private static void extension(ByteBuffer b, Extension e) {
        b.putShort((short) uint16(e.type(), "extension_type"));
        int at = reserve16(b);
        // Raw first, whatever its type: an unknown body is written back byte for byte.
        if (e instanceof UnknownExtension u) {
            put(b, u.data());
        } else if (e instanceof KeyShare k) {
            keyShare(b, k);
        } else if (e instanceof SupportedGroups g) {
            int length = 2 * g.groups().size();
            if (length < 2 || length > 0xffff) {
                throw outOfRange("named_group_list", 2, 0xffff, length);
            }
            b.putShort((short) length);
            uint16s(b, g.groups(), "named_group_list");
        } else if (e instanceof ServerName s) {
            serverName(b, s);
        }
        patch16(b, at, 0, "extension_data");
    }

    private static void keyShare(ByteBuffer b, KeyShare k) {
        int at = reserve16(b);
        Vector<KeyShareEntry> shares = k.shares();
        for (KeyShareEntry entry : shares) {
            b.putShort((short) uint16(entry.group(), "group"));
            opaque16(b, entry.keyExchange(), 1, "key_exchange");
        }
        patch16(b, at, 0, "client_shares");
    }

    private static void serverName(ByteBuffer b, ServerName s) {
        int at = reserve16(b);
        Vector<ServerNameEntry> names = s.names();
        for (ServerNameEntry entry : names) {
            b.put((byte) uint8(entry.nameType(), "name_type"));
            opaque16(b, entry.host(), 1, "host_name");
        }
        patch16(b, at, 1, "server_name_list");
    }

    private static void uint16s(ByteBuffer b, Vector<Integer> values, String what) {
        for (int v : values) {
            b.putShort((short) uint16(v, what));
        }
    }

    private static void opaque8(ByteBuffer b, Bytes value, int min, int max, String what) {
        int n = value.size();
        if (n < min || n > max) {
            throw outOfRange(what, min, max, n);
        }
        b.put((byte) n);
        put(b, value);
    }

    private static void opaque16(ByteBuffer b, Bytes value, int min, String what) {
        int n = value.size();
        if (n < min || n > 0xffff) {
            throw outOfRange(what, min, 0xffff, n);
        }
        b.putShort((short) n);
        put(b, value);
    }

    /** Copies straight into the backing array: {@code b.put(value.toArray())} would copy twice. */
    private static void put(ByteBuffer b, Bytes value) {
        int p = b.position();
        value.copyTo(b.array(), b.arrayOffset() + p);
        b.position(p + value.size());
    }

    private static int reserve16(ByteBuffer b) {
        int at = b.position();
        b.position(at + 2);
        return at;
    }

    /** Writes the length of what follows the two bytes reserved at {@code at}, once it is checked. */
    private static void patch16(ByteBuffer b, int at, int min, String what) {
        int length = b.position() - at - 2;
        if (length < min || length > 0xffff) {
            throw outOfRange(what, min, 0xffff, length);
        }
        b.putShort(at, (short) length);
    }

    private static int uint8(int v, String what) {
        if ((v & ~0xff) != 0) {
            throw new IllegalArgumentException(what + " " + v + " does not fit uint8");
        }
        return v;
    }

    private static int uint16(int v, String what) {
        if ((v & ~0xffff) != 0) {
            throw new IllegalArgumentException(what + " " + v + " does not fit uint16");
        }
        return v;
    }

    private static IllegalArgumentException outOfRange(String what, int min, int max, int actual) {
        return new IllegalArgumentException(what + " length " + actual + " outside <" + min + ".." + max + ">");
    }
}
