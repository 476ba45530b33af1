package org.tlscodec.bench.baseline;

import io.vavr.collection.Vector;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
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
 * The synthetic ClientHello parsed by hand over a heap {@link ByteBuffer} in network order: the
 * yardstick the combinators are measured against, written for speed the way one would without a
 * library, and as careful: every length is checked against its bounds and against the bytes of its
 * enclosing region before anything is read or allocated for it, and every region must be used up.
 *
 * <p>The tricks a hand-writer can play and the combinators do not (yet): checks grouped over the
 * fixed-size parts; {@code uint16} lists read into an {@code int[]} (Vavr keeps it unboxed); the
 * element count of a list of structs found by a first walk over the length fields, so the
 * elements go into an array of the exact size that becomes the vector's leaf without a copy.
 *
 * <p>Values that are bytes are made in one of two ways, see {@link #parse(ByteBuffer)} and
 * {@link #parse(ByteBuffer, Bytes)}. The parser consumes the buffer: its position ends at the limit.
 */
public final class HandParser {
    private final ByteBuffer in;
    /** The same bytes as {@code in} from its position on, for zero-copy slices; or null to copy. */
    private final @Nullable Bytes shared;
    private final int base;

    private HandParser(ByteBuffer in, @Nullable Bytes shared) {
        if (!in.hasArray()) {
            throw new IllegalArgumentException("a heap buffer is expected");
        }
        this.in = in;
        this.shared = shared;
        this.base = in.position();
    }

    /**
     * Parses one whole handshake message. Each {@link Bytes} value is a copy out of the buffer
     * ({@link Bytes#of(byte[], int, int)}), the only way the public {@code Bytes} API offers.
     */
    public static Handshake parse(ByteBuffer in) {
        return new HandParser(in, null).handshake();
    }

    /**
     * Parses one whole handshake message, where {@code sameBytes} holds the bytes of {@code in}
     * from its position to its limit: each {@link Bytes} value is then an O(1) slice of it, with
     * no copy, just as the combinators make them.
     */
    public static Handshake parse(ByteBuffer in, Bytes sameBytes) {
        if (sameBytes.size() != in.remaining()) {
            throw new IllegalArgumentException("sameBytes has " + sameBytes.size() + " bytes, the buffer " + in.remaining());
        }
        return new HandParser(in, sameBytes).handshake();
    }

    private Handshake handshake() {
        int end = in.limit();
        need(end, 4);
        int type = in.get() & 0xff;
        int length = (in.get() & 0xff) << 16 | (in.getShort() & 0xffff);
        int bodyEnd = region(end, length);
        ClientHello body = clientHello(bodyEnd);
        expectEnd(bodyEnd, "client_hello");
        expectEnd(end, "handshake");
        return new Handshake(type, body);
    }

    private ClientHello clientHello(int end) {
        // One check covers legacy_version, random and the session id's length.
        need(end, 2 + 32 + 1);
        int version = in.getShort() & 0xffff;
        Bytes random = take(32);
        int sessionIdLength = in.get() & 0xff;
        if (sessionIdLength > 32) {
            throw outOfRange("legacy_session_id", 0, 32, sessionIdLength);
        }
        need(end, sessionIdLength + 2);
        Bytes sessionId = take(sessionIdLength);
        int suitesLength = in.getShort() & 0xffff;
        if (suitesLength < 2 || suitesLength > 0xfffe || (suitesLength & 1) != 0) {
            throw outOfRange("cipher_suites", 2, 0xfffe, suitesLength);
        }
        need(end, suitesLength + 1);
        Vector<Integer> suites = uint16s(suitesLength);
        int compressionLength = in.get() & 0xff;
        if (compressionLength < 1) {
            throw outOfRange("legacy_compression_methods", 1, 0xff, compressionLength);
        }
        need(end, compressionLength + 2);
        Bytes compression = take(compressionLength);
        int extensionsEnd = region(end, in.getShort() & 0xffff);
        Vector<Extension> extensions = extensions(extensionsEnd);
        expectEnd(end, "client_hello");
        return new ClientHello(version, random, sessionId, suites, compression, extensions);
    }

    private Vector<Extension> extensions(int end) {
        Extension[] items = new Extension[countEntries(end, 2)];
        for (int i = 0; i < items.length; i++) {
            // countEntries has checked that every header and body lies inside the region.
            int type = in.getShort() & 0xffff;
            int bodyLength = in.getShort() & 0xffff;
            int bodyEnd = in.position() + bodyLength;
            Extension e;
            switch (type) {
                case ServerName.TYPE: e = serverName(bodyEnd); break;
                case SupportedGroups.TYPE: e = supportedGroups(bodyEnd); break;
                case KeyShare.TYPE: e = keyShare(bodyEnd); break;
                default: e = new UnknownExtension(type, take(bodyLength)); break;
            }
            expectEnd(bodyEnd, "extension");
            items[i] = e;
        }
        expectEnd(end, "extensions");
        return Vector.of(items);
    }

    private ServerName serverName(int end) {
        need(end, 2);
        int listLength = in.getShort() & 0xffff;
        if (listLength < 1) {
            throw outOfRange("server_name_list", 1, 0xffff, listLength);
        }
        int listEnd = region(end, listLength);
        ServerNameEntry[] items = new ServerNameEntry[countEntries(listEnd, 1)];
        for (int i = 0; i < items.length; i++) {
            int nameType = in.get() & 0xff;
            int hostLength = in.getShort() & 0xffff;
            if (hostLength < 1) {
                throw outOfRange("host_name", 1, 0xffff, hostLength);
            }
            items[i] = new ServerNameEntry(nameType, take(hostLength));
        }
        expectEnd(listEnd, "server_name_list");
        return new ServerName(Vector.of(items));
    }

    private SupportedGroups supportedGroups(int end) {
        need(end, 2);
        int listLength = in.getShort() & 0xffff;
        if (listLength < 2 || (listLength & 1) != 0) {
            throw outOfRange("named_group_list", 2, 0xffff, listLength);
        }
        region(end, listLength);
        return new SupportedGroups(uint16s(listLength));
    }

    private KeyShare keyShare(int end) {
        need(end, 2);
        int listEnd = region(end, in.getShort() & 0xffff);
        KeyShareEntry[] items = new KeyShareEntry[countEntries(listEnd, 2)];
        for (int i = 0; i < items.length; i++) {
            int group = in.getShort() & 0xffff;
            int keyLength = in.getShort() & 0xffff;
            if (keyLength < 1) {
                throw outOfRange("key_exchange", 1, 0xffff, keyLength);
            }
            items[i] = new KeyShareEntry(group, take(keyLength));
        }
        expectEnd(listEnd, "client_shares");
        return new KeyShare(Vector.of(items));
    }

    /**
     * Counts the entries of a list of {@code struct { tag[tagWidth]; opaque body<0..2^16-1>; }}
     * that must fill the region up to {@code end} exactly, without moving: one cheap walk over the
     * length fields, which also proves every entry lies inside the region.
     */
    private int countEntries(int end, int tagWidth) {
        int p = in.position();
        int n = 0;
        while (p < end) {
            if (end - p < tagWidth + 2) {
                throw new MalformedInput("entry header runs past its list", p - base);
            }
            int length = in.getShort(p + tagWidth) & 0xffff;
            p += tagWidth + 2 + length;
            if (p > end) {
                throw new MalformedInput("entry of " + length + " bytes runs past its list", p - base);
            }
            n++;
        }
        return n;
    }

    /** A list of uint16 whose length in bytes, checked and even, lies inside the region. */
    private Vector<Integer> uint16s(int length) {
        int[] values = new int[length >>> 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getShort() & 0xffff;
        }
        return Vector.ofAll(values);
    }

    /** The next {@code n} bytes, already checked to be there. */
    private Bytes take(int n) {
        int p = in.position();
        in.position(p + n);
        Bytes s = shared;
        if (s != null) {
            return s.slice(p - base, p - base + n);
        }
        return Bytes.of(in.array(), in.arrayOffset() + p, n);
    }

    /** Checks {@code n} more bytes lie before {@code end}. */
    private void need(int end, int n) {
        if (end - in.position() < n) {
            throw new MalformedInput("needs " + n + " bytes, " + (end - in.position()) + " left", in.position() - base);
        }
    }

    /** Checks a region of {@code length} bytes lies inside the enclosing one; answers its end. */
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
}
