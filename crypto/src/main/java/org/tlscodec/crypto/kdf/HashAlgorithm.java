package org.tlscodec.crypto.kdf;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.tlscodec.codec.Bytes;

/**
 * The hash functions TLS derives keys with, and HMAC over each (RFC 2104). MD5 and SHA-1 serve
 * SSL 3.0 and TLS 1.0/1.1; the SHA-2 family TLS 1.2 and 1.3; SM3 the RFC 8998 suites. All but SM3
 * come from the JCA, which every JDK provides (and which is faster here); SM3 comes from Bouncy
 * Castle's lightweight API, so no provider is registered.
 */
public enum HashAlgorithm {
    MD5("MD5", "HmacMD5", 16, 64),
    SHA1("SHA-1", "HmacSHA1", 20, 64),
    SHA224("SHA-224", "HmacSHA224", 28, 64),
    SHA256("SHA-256", "HmacSHA256", 32, 64),
    SHA384("SHA-384", "HmacSHA384", 48, 128),
    SHA512("SHA-512", "HmacSHA512", 64, 128),
    SM3("SM3", "HmacSM3", 32, 64);

    private final String standardName;
    private final String hmacName;
    private final int length;
    private final int blockLength;

    HashAlgorithm(String standardName, String hmacName, int length, int blockLength) {
        this.standardName = standardName;
        this.hmacName = hmacName;
        this.length = length;
        this.blockLength = blockLength;
    }

    /** The algorithm with this standard name ("SHA-256", "SHA256", "sha-256"), if any. */
    public static Option<HashAlgorithm> named(String name) {
        String wanted = name.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        for (HashAlgorithm h : values()) {
            if (h.standardName.replace("-", "").equals(wanted)) {
                return Option.some(h);
            }
        }
        return Option.none();
    }

    /** The JCA standard name, e.g. {@code SHA-256}. */
    public String standardName() {
        return standardName;
    }

    /** The output length in bytes (HashLen). */
    public int length() {
        return length;
    }

    /** The input block length in bytes (B of RFC 2104). */
    public int blockLength() {
        return blockLength;
    }

    /** Hash(data). */
    public Bytes digest(Bytes data) {
        return digestAll(io.vavr.collection.List.of(data));
    }

    /** Hash of the concatenation of {@code parts}, without building the concatenation. */
    public Bytes digest(Bytes first, Bytes... rest) {
        return digestAll(io.vavr.collection.List.of(rest).prepend(first));
    }

    /** Hash of the concatenation of {@code parts}. */
    public Bytes digestAll(Seq<Bytes> parts) {
        if (this == SM3) {
            Digest d = new SM3Digest();
            for (Bytes p : parts) {
                byte[] a = p.toArray();
                d.update(a, 0, a.length);
            }
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return Bytes.of(out);
        }
        MessageDigest md = messageDigest();
        for (Bytes p : parts) {
            md.update(p.toArray());
        }
        return Bytes.of(md.digest());
    }

    /** Hash of the empty string, Transcript-Hash("") of RFC 8446 section 7.1. */
    public Bytes emptyHash() {
        return digest(Bytes.empty());
    }

    /** HMAC-Hash(key, data). */
    public Bytes hmac(Bytes key, Bytes data) {
        return hmacAll(key, io.vavr.collection.List.of(data));
    }

    /** HMAC-Hash(key, first || rest...). */
    public Bytes hmac(Bytes key, Bytes first, Bytes... rest) {
        return hmacAll(key, io.vavr.collection.List.of(rest).prepend(first));
    }

    /**
     * HMAC-Hash over the concatenation of {@code parts}. An empty key is the same as HashLen zero
     * bytes (RFC 2104 pads the key with zeros to the block length); the JCA refuses empty keys, so
     * the zeros are passed instead.
     */
    public Bytes hmacAll(Bytes key, Seq<Bytes> parts) {
        byte[] k = key.isEmpty() ? new byte[length] : key.toArray();
        if (this == SM3) {
            HMac mac = new HMac(new SM3Digest());
            mac.init(new KeyParameter(k));
            for (Bytes p : parts) {
                byte[] a = p.toArray();
                mac.update(a, 0, a.length);
            }
            byte[] out = new byte[mac.getMacSize()];
            mac.doFinal(out, 0);
            return Bytes.of(out);
        }
        try {
            Mac mac = Mac.getInstance(hmacName);
            mac.init(new SecretKeySpec(k, hmacName));
            for (Bytes p : parts) {
                mac.update(p.toArray());
            }
            return Bytes.of(mac.doFinal());
        } catch (GeneralSecurityException e) {
            // Every JDK provides these HMACs (JCA standard names); reaching here is a broken runtime.
            throw new IllegalStateException(hmacName + " is missing from this JDK", e);
        }
    }

    private MessageDigest messageDigest() {
        try {
            return MessageDigest.getInstance(standardName);
        } catch (GeneralSecurityException e) {
            // Every JDK provides these digests (JCA standard names); reaching here is a broken runtime.
            throw new IllegalStateException(standardName + " is missing from this JDK", e);
        }
    }
}
