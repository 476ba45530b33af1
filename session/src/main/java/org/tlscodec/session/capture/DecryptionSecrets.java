package org.tlscodec.session.capture;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;

/**
 * The contents of a pcapng Decryption Secrets Block (draft-ietf-opsawg-pcapng section 4.7): a
 * secrets type and its data. Type {@link #TLS_KEY_LOG} ("TLSK") holds NSS key log text, which is
 * how a capture carries the keys to decrypt itself. The data are secrets: {@link #toString()} never
 * prints them.
 */
public record DecryptionSecrets(long secretsType, Bytes data) {
    /** 0x544c534b, "TLSK": the NSS key log format. */
    public static final long TLS_KEY_LOG = 0x544c534bL;

    /** A TLSK block holding the given key log text. */
    public static DecryptionSecrets keyLog(String text) {
        return new DecryptionSecrets(TLS_KEY_LOG, Bytes.utf8(text));
    }

    /** The key log text, when this block holds one. */
    public Option<String> keyLogText() {
        return secretsType == TLS_KEY_LOG
                ? Option.some(new String(data.toArray(), StandardCharsets.UTF_8))
                : Option.none();
    }

    /**
     * The key log text of every TLSK block, in file order, joined with a line break where one did not
     * end with one; empty when there is none.
     */
    public static String joinedKeyLog(Iterable<DecryptionSecrets> secrets) {
        StringBuilder sb = new StringBuilder();
        for (DecryptionSecrets s : secrets) {
            for (String text : s.keyLogText()) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                sb.append(text);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "DecryptionSecrets[type=0x" + Long.toHexString(secretsType) + ", " + data.size() + " bytes]";
    }
}
