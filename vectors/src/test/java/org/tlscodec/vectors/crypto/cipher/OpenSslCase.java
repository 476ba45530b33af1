package org.tlscodec.vectors.crypto.cipher;

import io.vavr.collection.Vector;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One conversation OpenSSL's {@code s_client} and {@code s_server} are made to hold: the version the
 * client insists on, the one suite both sides enable (by OpenSSL's name, RFC 8446 section B.4 and
 * the RFCs of each TLS 1.2 family), the server's certificate, and what else each side needs (a PSK,
 * a provider, {@code -no_etm}).
 *
 * @param suite          the suite the ServerHello must carry
 * @param opensslName    the suite in OpenSSL's spelling, for {@code -cipher} or {@code -ciphersuites}
 * @param key            the server's certificate and key from the bundled test PKI
 * @param serverOptions  options both enabling the suite and anything the suite needs, for s_server
 * @param clientOptions  the same for s_client, with the version flag
 * @param encryptThenMac whether the server must agree to encrypt_then_mac (RFC 7366 section 2),
 *                       which s_client offers unless told {@code -no_etm}: OpenSSL 3.0's server
 *                       agrees for CBC suites and, unlike RFC 7366 section 3 would have it for a
 *                       GenericStreamCipher, for NULL ones too (harmless: without encryption both
 *                       MAC orders give the same bytes); never for AEAD suites
 */
public record OpenSslCase(ProtocolVersion version, CipherSuite suite, String opensslName, ServerKey key,
                   Vector<String> serverOptions, Vector<String> clientOptions, boolean encryptThenMac) {

    /** The server certificates of the bundled PKI (captures' README: RSA-2048 and ECDSA P-256). */
    public enum ServerKey {
        RSA("server-rsa"), ECDSA("server-ecdsa");

        public final String file;

        ServerKey(String file) {
            this.file = file;
        }
    }

    /** The PSK of the PSK suites (RFC 4279 section 2), and the identity s_server expects by default. */
    static final String PSK = "0102030405060708090a0b0c0d0e0f10";
    static final String PSK_IDENTITY = "Client_identity";

    /**
     * A TLS 1.0 to 1.2 suite. {@code @SECLEVEL=0} lets OpenSSL 3.0 run TLS 1.0/1.1 and the NULL and
     * CCM_8 suites at all; the suite named is the only one either side enables.
     */
    public static OpenSslCase legacy(ProtocolVersion version, CipherSuite suite, String opensslName, ServerKey key) {
        Vector<String> cipher = Vector.of("-cipher", opensslName + ":@SECLEVEL=0");
        boolean etm = CipherSuiteInfo.of(suite).map(s -> s.cipher().kind() == CipherKind.BLOCK || s.cipher().kind() == CipherKind.NULL)
                .getOrElse(false);
        return new OpenSslCase(version, suite, opensslName, key, cipher, cipher.prepend(versionFlag(version)), etm);
    }

    /** A TLS 1.3 suite, enabled on both sides with {@code -ciphersuites} (CCM ones are off by default). */
    static OpenSslCase tls13(CipherSuite suite, String opensslName) {
        Vector<String> suites = Vector.of("-ciphersuites", opensslName);
        return new OpenSslCase(ProtocolVersion.TLS_1_3, suite, opensslName, ServerKey.RSA, suites,
                suites.prepend(versionFlag(ProtocolVersion.TLS_1_3)), false);
    }

    /** The client refuses encrypt_then_mac, so a CBC suite runs MAC-then-encrypt (RFC 5246 section 6.2.3.2). */
    OpenSslCase withoutEncryptThenMac() {
        return new OpenSslCase(version, suite, opensslName, key, serverOptions, clientOptions.append("-no_etm"), false);
    }

    /** Both sides share {@link #PSK}; the client names {@link #PSK_IDENTITY} (RFC 4279 section 2). */
    OpenSslCase withPsk() {
        return new OpenSslCase(version, suite, opensslName, key, serverOptions.appendAll(Vector.of("-psk", PSK)),
                clientOptions.appendAll(Vector.of("-psk", PSK, "-psk_identity", PSK_IDENTITY)), encryptThenMac);
    }

    /** Both sides load OpenSSL 3.0's legacy provider, where SEED lives, beside the default one. */
    OpenSslCase withLegacyProvider() {
        Vector<String> providers = Vector.of("-provider", "legacy", "-provider", "default");
        return new OpenSslCase(version, suite, opensslName, key, serverOptions.appendAll(providers),
                clientOptions.appendAll(providers), encryptThenMac);
    }

    /** "TLS 1.2 TLS_RSA_WITH_AES_128_CCM (AES128-CCM)", with " MAC-then-encrypt" for a CBC suite under -no_etm. */
    public String displayName() {
        boolean cbc = CipherSuiteInfo.of(suite).map(s -> s.cipher().kind() == CipherKind.BLOCK).getOrElse(false);
        String macOrder = !cbc ? "" : encryptThenMac ? " encrypt-then-MAC" : " MAC-then-encrypt";
        return version.display() + " " + suite.display() + " (" + opensslName + ")" + macOrder;
    }

    private static String versionFlag(ProtocolVersion version) {
        if (version.equals(ProtocolVersion.TLS_1_0)) {
            return "-tls1";
        }
        if (version.equals(ProtocolVersion.TLS_1_1)) {
            return "-tls1_1";
        }
        return version.equals(ProtocolVersion.TLS_1_2) ? "-tls1_2" : "-tls1_3";
    }
}
