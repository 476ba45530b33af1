package org.tlscodec.crypto.keylog;

import org.tlscodec.codec.Bytes;

/**
 * OpenSSL's {@code RSA <first 8 bytes of the encrypted premaster (hex)> <premaster (hex)>} line,
 * written for a static-RSA key exchange: the premaster secret, found by the start of the
 * ClientKeyExchange's EncryptedPreMasterSecret (RFC 5246 section 7.4.7.1) rather than by client random.
 */
public record RsaPremasterEntry(Bytes encryptedPremasterPrefix, Bytes premasterSecret) implements KeyLogEntry {

    /** The label OpenSSL writes. */
    public static final String LABEL = "RSA";

    /** How many bytes of the encrypted premaster the line keeps. */
    public static final int PREFIX_LENGTH = 8;

    /** PreMasterSecret: client_version(2) random(46) (RFC 5246 section 7.4.7.1). */
    public static final int PREMASTER_LENGTH = 48;

    public RsaPremasterEntry {
        if (encryptedPremasterPrefix.size() != PREFIX_LENGTH) {
            throw new IllegalArgumentException("the encrypted premaster prefix is 8 bytes, not " + encryptedPremasterPrefix.size());
        }
        if (premasterSecret.size() != PREMASTER_LENGTH) {
            throw new IllegalArgumentException("an RSA premaster secret is 48 bytes, not " + premasterSecret.size());
        }
    }

    @Override
    public String line() {
        return LABEL + " " + encryptedPremasterPrefix.hex() + " " + premasterSecret.hex();
    }

    /** The prefix; the premaster only by its length. */
    @Override
    public String toString() {
        return "RsaPremasterEntry[encrypted_prefix=" + encryptedPremasterPrefix.hex() + ", premaster=<" + premasterSecret.size() + " bytes>]";
    }
}
