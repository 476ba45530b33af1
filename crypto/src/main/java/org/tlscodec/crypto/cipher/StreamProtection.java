package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.BulkCipher;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * GenericStreamCipher (RFC 5246 section 6.2.3.1): content then MAC, through the keystream. The
 * NULL cipher is the identity keystream (stateless); RC4 (RC4_128, and RC4_40 with its 16-byte
 * expanded key) comes from the JCA's ARCFOUR. One keystream per direction runs for the whole
 * connection, so RC4 states are linear (see {@link RecordProtection}).
 */
final class StreamProtection implements RecordProtection {
    private final CipherSuiteInfo suite;
    private final RecordMac mac;
    private final Keystream stream;
    private final long generation;

    private StreamProtection(CipherSuiteInfo suite, RecordMac mac, Keystream stream, long generation) {
        this.suite = suite;
        this.mac = mac;
        this.stream = stream;
        this.generation = generation;
    }

    static StreamProtection of(CipherSuiteInfo suite, Bytes key, RecordMac mac) throws GeneralSecurityException {
        Keystream stream = suite.cipher() == BulkCipher.NULL ? new Keystream(null) : Keystream.rc4(key);
        return new StreamProtection(suite, mac, stream, 0);
    }

    @Override
    public CipherSuiteInfo suite() {
        return suite;
    }

    @Override
    public Either<CipherError, Sealed> seal(long seq, ContentType type, ProtocolVersion version, Bytes plaintext) {
        if (plaintext.size() > Nonces.MAX_PLAINTEXT) {
            return Either.left(new CipherError.RecordOverflow(plaintext.size(), Nonces.MAX_PLAINTEXT));
        }
        if (!stream.current(generation)) {
            return Either.left(new CipherError.StaleState("this RC4 state was already used for a record"));
        }
        byte[] p = plaintext.toArray();
        byte[] m = mac.compute(seq, type.code(), version.code(), p, 0, p.length);
        byte[] buf = new byte[p.length + m.length];
        System.arraycopy(p, 0, buf, 0, p.length);
        System.arraycopy(m, 0, buf, p.length, m.length);
        byte[] out = stream.apply(buf);
        return Either.right(new Sealed(type, Bytes.of(out), advance()));
    }

    @Override
    public Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        int n = ciphertext.size();
        if (n > Nonces.MAX_CIPHERTEXT_12) {
            return Either.left(new CipherError.RecordOverflow(n, Nonces.MAX_CIPHERTEXT_12));
        }
        if (!stream.current(generation)) {
            return Either.left(new CipherError.StaleState("this RC4 state was already used for a record"));
        }
        byte[] d = stream.apply(ciphertext.toArray());
        StreamProtection next = advance();
        int macLength = mac.length();
        if (n < macLength) {
            return Either.left(new CipherError.BadRecordMac(n + " bytes cannot hold a " + macLength + "-byte MAC"));
        }
        int contentLength = n - macLength;
        byte[] expected = mac.compute(seq, type.code(), version.code(), d, 0, contentLength);
        if (Ct.equal(expected, 0, d, contentLength, macLength) == 0) {
            return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
        }
        return Either.right(new Opened(type, Bytes.of(d, 0, contentLength), next));
    }

    private StreamProtection advance() {
        if (stream.isIdentity()) {
            return this;
        }
        return new StreamProtection(suite, mac, stream, stream.advance());
    }

    @Override
    public String toString() {
        return "StreamProtection(" + suite.name() + ", record " + generation + ")";
    }
}
