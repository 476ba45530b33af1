package org.tlscodec.crypto.suite;


import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * A suite's bulk cipher with the sizes of RFC 5246 appendix C / RFC 2246 appendix C (export),
 * RFC 5288 (GCM), RFC 6655 (CCM), RFC 7905 (ChaCha20-Poly1305), RFC 8998 (SM4) and RFC 8446.
 *
 * <p>{@code keyLength} is the key material taken from the key block; export ciphers stretch it to
 * {@code expandedKeyLength} (RFC 2246 section 6.3), everyone else uses it as it is.
 * {@code fixedIvLength} is what the TLS 1.2 key block gives per direction (the implicit CBC IV of
 * SSL 3.0 / TLS 1.0, the 4-byte GCM/CCM salt, the 12-byte ChaCha20 IV); {@code recordIvLength} is
 * what each TLS 1.1+ record carries (the explicit CBC IV, the 8-byte GCM/CCM nonce). Under TLS 1.3
 * every AEAD has a 12-byte IV and no explicit part.
 *
 * @param token the cipher's part of the suite name ("AES_128_CBC")
 */
public enum BulkCipher {
    NULL("NULL", CipherKind.NULL, 0, 0, 0, 0, 0, 0, false, 0, true),
    RC4_40("RC4_40", CipherKind.STREAM, 5, 16, 0, 0, 0, 0, true, 40, true),
    RC4_56("RC4_56", CipherKind.STREAM, 7, 7, 0, 0, 0, 0, true, 56, false),
    RC4_128("RC4_128", CipherKind.STREAM, 16, 16, 0, 0, 0, 0, false, 128, true),
    RC2_CBC_40("RC2_CBC_40", CipherKind.BLOCK, 5, 16, 8, 8, 8, 0, true, 40, true),
    RC2_CBC_56("RC2_CBC_56", CipherKind.BLOCK, 7, 7, 8, 8, 8, 0, true, 56, false),
    RC2_CBC_128("RC2_128_CBC", CipherKind.BLOCK, 16, 16, 8, 8, 8, 0, false, 128, true),
    IDEA_CBC("IDEA_CBC", CipherKind.BLOCK, 16, 16, 8, 8, 8, 0, false, 128, true),
    DES40_CBC("DES40_CBC", CipherKind.BLOCK, 5, 8, 8, 8, 8, 0, true, 40, true),
    DES_CBC("DES_CBC", CipherKind.BLOCK, 8, 8, 8, 8, 8, 0, false, 56, true),
    TRIPLE_DES_EDE_CBC("3DES_EDE_CBC", CipherKind.BLOCK, 24, 24, 8, 8, 8, 0, false, 112, true),
    SEED_CBC("SEED_CBC", CipherKind.BLOCK, 16, 16, 16, 16, 16, 0, false, 128, true),
    AES_128_CBC("AES_128_CBC", CipherKind.BLOCK, 16, 16, 16, 16, 16, 0, false, 128, true),
    AES_256_CBC("AES_256_CBC", CipherKind.BLOCK, 32, 32, 16, 16, 16, 0, false, 256, true),
    CAMELLIA_128_CBC("CAMELLIA_128_CBC", CipherKind.BLOCK, 16, 16, 16, 16, 16, 0, false, 128, true),
    CAMELLIA_256_CBC("CAMELLIA_256_CBC", CipherKind.BLOCK, 32, 32, 16, 16, 16, 0, false, 256, true),
    ARIA_128_CBC("ARIA_128_CBC", CipherKind.BLOCK, 16, 16, 16, 16, 16, 0, false, 128, true),
    ARIA_256_CBC("ARIA_256_CBC", CipherKind.BLOCK, 32, 32, 16, 16, 16, 0, false, 256, true),
    AES_128_GCM("AES_128_GCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    AES_256_GCM("AES_256_GCM", CipherKind.AEAD, 32, 32, 4, 8, 16, 16, false, 256, true),
    AES_128_CCM("AES_128_CCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    AES_256_CCM("AES_256_CCM", CipherKind.AEAD, 32, 32, 4, 8, 16, 16, false, 256, true),
    AES_128_CCM_8("AES_128_CCM_8", CipherKind.AEAD, 16, 16, 4, 8, 16, 8, false, 128, true),
    AES_256_CCM_8("AES_256_CCM_8", CipherKind.AEAD, 32, 32, 4, 8, 16, 8, false, 256, true),
    ARIA_128_GCM("ARIA_128_GCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    ARIA_256_GCM("ARIA_256_GCM", CipherKind.AEAD, 32, 32, 4, 8, 16, 16, false, 256, true),
    CAMELLIA_128_GCM("CAMELLIA_128_GCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    CAMELLIA_256_GCM("CAMELLIA_256_GCM", CipherKind.AEAD, 32, 32, 4, 8, 16, 16, false, 256, true),
    CHACHA20_POLY1305("CHACHA20_POLY1305", CipherKind.AEAD, 32, 32, 12, 0, 0, 16, false, 256, true),
    SM4_GCM("SM4_GCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    SM4_CCM("SM4_CCM", CipherKind.AEAD, 16, 16, 4, 8, 16, 16, false, 128, true),
    AEGIS_128L("AEGIS_128L", CipherKind.AEAD, 16, 16, 12, 0, 0, 16, false, 128, false),
    AEGIS_256("AEGIS_256", CipherKind.AEAD, 32, 32, 12, 0, 0, 16, false, 256, false),
    /** RFC 9150: TLS 1.3 integrity only, the "tag" is an HMAC; key and IV are hash-sized. */
    INTEGRITY_SHA256("SHA256", CipherKind.AEAD, 32, 32, 32, 0, 0, 32, false, 0, false),
    INTEGRITY_SHA384("SHA384", CipherKind.AEAD, 48, 48, 48, 0, 0, 48, false, 0, false),
    FORTEZZA_CBC("FORTEZZA_CBC", CipherKind.BLOCK, 10, 12, 8, 8, 8, 0, false, 80, false),
    GOST28147_CNT("28147_CNT", CipherKind.STREAM, 32, 32, 8, 0, 8, 0, false, 256, false),
    MAGMA_CTR("MAGMA_CTR", CipherKind.STREAM, 32, 32, 4, 0, 8, 0, false, 256, false),
    KUZNYECHIK_CTR("KUZNYECHIK_CTR", CipherKind.STREAM, 32, 32, 8, 0, 16, 0, false, 256, false),
    MAGMA_MGM_L("MAGMA_MGM_L", CipherKind.AEAD, 32, 32, 8, 0, 8, 8, false, 256, false),
    MAGMA_MGM_S("MAGMA_MGM_S", CipherKind.AEAD, 32, 32, 8, 0, 8, 8, false, 256, false),
    KUZNYECHIK_MGM_L("KUZNYECHIK_MGM_L", CipherKind.AEAD, 32, 32, 16, 0, 16, 16, false, 256, false),
    KUZNYECHIK_MGM_S("KUZNYECHIK_MGM_S", CipherKind.AEAD, 32, 32, 16, 0, 16, 16, false, 256, false);

    private static final Map<String, BulkCipher> BY_TOKEN = Vector.of(values())
            .toMap(c -> c.token, c -> c)
            .put("DES_CBC_40", DES40_CBC); // RFC 2712 (Kerberos) spells the export DES this way

    private final String token;
    private final CipherKind kind;
    private final int keyLength;
    private final int expandedKeyLength;
    private final int fixedIvLength;
    private final int recordIvLength;
    private final int blockSize;
    private final int tagLength;
    private final boolean export;
    private final int effectiveKeyBits;
    private final boolean implemented;

    BulkCipher(String token, CipherKind kind, int keyLength, int expandedKeyLength, int fixedIvLength, int recordIvLength,
               int blockSize, int tagLength, boolean export, int effectiveKeyBits, boolean implemented) {
        this.token = token;
        this.kind = kind;
        this.keyLength = keyLength;
        this.expandedKeyLength = expandedKeyLength;
        this.fixedIvLength = fixedIvLength;
        this.recordIvLength = recordIvLength;
        this.blockSize = blockSize;
        this.tagLength = tagLength;
        this.export = export;
        this.effectiveKeyBits = effectiveKeyBits;
        this.implemented = implemented;
    }

    /** The cipher a suite-name fragment ("AES_128_GCM", "3DES_EDE_CBC") names. */
    public static Option<BulkCipher> byToken(String token) {
        return BY_TOKEN.get(token);
    }

    /** The cipher's spelling inside suite names. */
    public String token() {
        return token;
    }

    public CipherKind kind() {
        return kind;
    }

    /** Key material per direction taken from the key block, in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** The key the cipher runs with: equal to {@link #keyLength()} except for export ciphers. */
    public int expandedKeyLength() {
        return expandedKeyLength;
    }

    /** The IV or nonce length of RFC 5246 appendix C (block size for CBC, the GCM/CCM salt, ChaCha20's 12 bytes). */
    public int ivLength() {
        return fixedIvLength;
    }

    /** The per-record explicit IV or nonce length in TLS 1.1/1.2 (0 for stream ciphers and ChaCha20). */
    public int recordIvLength() {
        return recordIvLength;
    }

    public int blockSize() {
        return blockSize;
    }

    /** The AEAD tag length in bytes (0 for non-AEAD ciphers). */
    public int tagLength() {
        return tagLength;
    }

    /** True for the 40- and 56-bit export ciphers. */
    public boolean export() {
        return export;
    }

    public int effectiveKeyBits() {
        return effectiveKeyBits;
    }

    /** True when a record cipher in {@code org.tlscodec.crypto.cipher} runs it. */
    public boolean implemented() {
        return implemented;
    }
}
