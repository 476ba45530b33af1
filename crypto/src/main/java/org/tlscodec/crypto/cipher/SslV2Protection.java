package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import java.security.GeneralSecurityException;
import org.jspecify.annotations.Nullable;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;

/**
 * The protection of one direction of an SSL 2.0 connection (the SSL 2.0 draft, "SSL Record
 * Format" and "Cipher Specifications"). A record's data is {@code MAC-DATA || ACTUAL-DATA ||
 * PADDING-DATA}, all three encrypted together once a cipher is on, with
 * {@code MAC-DATA = MD5(SECRET || ACTUAL-DATA || PADDING-DATA || SEQUENCE-NUMBER)}: the secret is the
 * sender's write key, and the 32-bit sequence number counts every record of the direction from 0,
 * the clear ones before the cipher came on included, so the caller passes it. Stream kinds (RC4)
 * run one keystream over the direction; block kinds (RC2, IDEA, DES, 3DES) run CBC from KEY-ARG,
 * each record's IV the last ciphertext block of the one before, and pad to the block size, the
 * count in the three-byte header. SSL 2.0 has no content types, so this is not a
 * {@link RecordProtection}: the record layer hands it the record's data and padding count.
 */
public final class SslV2Protection {
    private static final int MAC_LENGTH = 16;

    private final CipherSuiteInfo kind;
    private final Bytes secret;
    private final Keystream stream;
    private final long generation;
    private final @Nullable CbcEngine block;
    private final byte[] iv;

    private SslV2Protection(CipherSuiteInfo kind, Bytes secret, Keystream stream, long generation, @Nullable CbcEngine block, byte[] iv) {
        this.kind = kind;
        this.secret = secret;
        this.stream = stream;
        this.generation = generation;
        this.block = block;
        this.iv = iv;
    }

    /**
     * The protection of the direction whose write key is {@code writeKey} (CLIENT-WRITE-KEY for what
     * the client sends, SERVER-WRITE-KEY for the server); {@code keyArg} is the CLIENT-MASTER-KEY's
     * KEY-ARG, the block kinds' first IV (empty for RC4).
     */
    public static Either<CipherError, SslV2Protection> of(CipherSuiteInfo kind, Bytes writeKey, Bytes keyArg) {
        if (!kind.sslV2()) {
            return Either.left(new CipherError.Unsupported(kind.name() + " is not an SSL 2.0 cipher kind"));
        }
        int keyLength = kind.cipher().expandedKeyLength();
        if (writeKey.size() != keyLength) {
            return Either.left(new CipherError.BadKeys("write key is " + writeKey.size() + " bytes, " + kind.name() + " needs " + keyLength));
        }
        try {
            if (kind.cipher().kind() == CipherKind.STREAM) {
                return Either.right(new SslV2Protection(kind, writeKey, Keystream.rc4(writeKey), 0, null, new byte[0]));
            }
            if (kind.cipher().kind() != CipherKind.BLOCK) {
                return Either.left(new CipherError.Unsupported(kind.name() + ": " + kind.cipher() + " in SSL 2.0"));
            }
            CbcEngine engine = CbcEngine.of(kind.cipher(), writeKey);
            if (keyArg.size() != engine.blockSize()) {
                return Either.left(new CipherError.BadKeys("KEY-ARG is " + keyArg.size() + " bytes, " + kind.name()
                        + " needs a " + engine.blockSize() + "-byte IV"));
            }
            return Either.right(new SslV2Protection(kind, writeKey, new Keystream(null), 0, engine, keyArg.toArray()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Either.left(new CipherError.Primitive(e.toString()));
        }
    }

    /** The cipher kind. */
    public CipherSuiteInfo kind() {
        return kind;
    }

    /**
     * An opened record: its ACTUAL-DATA, the MAC-DATA it carried, and the protection for the next
     * record of the direction.
     */
    public record Opened(Bytes actualData, Bytes mac, SslV2Protection next) {
    }

    /** A sealed record: the record's data (what follows the header) and the PADDING count for a three-byte header. */
    public record Sealed(Bytes data, int padding, SslV2Protection next) {
    }

    /** Decrypts a record's data (padding included) and checks its MAC; {@code padding} is the header's count. */
    public Either<CipherError, Opened> open(long sequenceNumber, Bytes data, int padding) {
        if (!stream.current(generation)) {
            return Either.left(new CipherError.StaleState("this RC4 state was already used for a record"));
        }
        byte[] in = data.toArray();
        byte[] plain;
        SslV2Protection next;
        if (block == null) {
            plain = stream.apply(in);
            next = new SslV2Protection(kind, secret, stream, stream.advance(), null, iv);
        } else {
            int bs = block.blockSize();
            if (in.length == 0 || in.length % bs != 0) {
                return Either.left(new CipherError.BadRecordMac(in.length + " bytes are not a whole number of " + bs + "-byte blocks"));
            }
            plain = new byte[in.length];
            try {
                block.run(false, iv, in, 0, in.length, plain, 0);
            } catch (GeneralSecurityException e) {
                return Either.left(new CipherError.Primitive(e.toString()));
            }
            next = new SslV2Protection(kind, secret, stream, generation, block, java.util.Arrays.copyOfRange(in, in.length - bs, in.length));
        }
        if (plain.length < MAC_LENGTH + padding) {
            return Either.left(new CipherError.BadRecordMac(plain.length + " bytes cannot hold a 16-byte MAC and "
                    + padding + " bytes of padding"));
        }
        byte[] expected = mac(sequenceNumber, plain, MAC_LENGTH, plain.length - MAC_LENGTH);
        if (Ct.equal(expected, 0, plain, 0, MAC_LENGTH) == 0) {
            return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
        }
        return Either.right(new Opened(Bytes.of(plain, MAC_LENGTH, plain.length - MAC_LENGTH - padding),
                Bytes.of(plain, 0, MAC_LENGTH), next));
    }

    /** Encrypts {@code actualData} as one record: MAC, data and (block kinds) zero padding to the block size. */
    public Either<CipherError, Sealed> seal(long sequenceNumber, Bytes actualData) {
        if (!stream.current(generation)) {
            return Either.left(new CipherError.StaleState("this RC4 state was already used for a record"));
        }
        int bs = block == null ? 1 : block.blockSize();
        int padding = (bs - (MAC_LENGTH + actualData.size()) % bs) % bs;
        byte[] plain = new byte[MAC_LENGTH + actualData.size() + padding];
        actualData.copyTo(plain, MAC_LENGTH);
        byte[] m = mac(sequenceNumber, plain, MAC_LENGTH, plain.length - MAC_LENGTH);
        System.arraycopy(m, 0, plain, 0, MAC_LENGTH);
        if (block == null) {
            byte[] out = stream.apply(plain);
            return Either.right(new Sealed(Bytes.of(out), 0, new SslV2Protection(kind, secret, stream, stream.advance(), null, iv)));
        }
        byte[] out = new byte[plain.length];
        try {
            block.run(true, iv, plain, 0, plain.length, out, 0);
        } catch (GeneralSecurityException e) {
            return Either.left(new CipherError.Primitive(e.toString()));
        }
        return Either.right(new Sealed(Bytes.of(out), padding,
                new SslV2Protection(kind, secret, stream, generation, block, java.util.Arrays.copyOfRange(out, out.length - bs, out.length))));
    }

    private byte[] mac(long sequenceNumber, byte[] buf, int off, int len) {
        byte[] seq = {(byte) (sequenceNumber >>> 24), (byte) (sequenceNumber >>> 16), (byte) (sequenceNumber >>> 8), (byte) sequenceNumber};
        return HashAlgorithm.MD5.digest(secret, Bytes.of(buf, off, len), Bytes.of(seq)).toArray();
    }

    @Override
    public String toString() {
        return "SslV2Protection(" + kind.name() + ")";
    }
}
