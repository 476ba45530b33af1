/**
 * Digital signatures as TLS uses them: signing and verifying keyed by the {@code SignatureScheme}
 * registry value (RFC 8446 section 4.2.3, RFC 5246 section 7.4.1.4.1), the TLS 1.0/1.1 and SSL 3.0
 * signatures that carry no algorithm (RFC 4346 section 7.4.3: MD5+SHA-1 for RSA, SHA-1 for DSA
 * and ECDSA), the signed content of a ServerKeyExchange (RFC 5246 section 7.4.3) and of a TLS 1.3
 * CertificateVerify (RFC 8446 section 4.4.3), and the check that a key can make a scheme's
 * signatures. Keys come from DER (SubjectPublicKeyInfo, PKCS#8), PEM or a parsed certificate.
 *
 * <p>Every primitive comes from the JDK's JCA (RSA, which it runs faster) or Bouncy Castle (ECDSA,
 * EdDSA, DSA, which it runs faster); nothing escapes as an exception: a wrong signature is
 * {@link org.tlscodec.crypto.sig.Verification#INVALID}, malformed input a
 * {@link org.tlscodec.crypto.sig.SignatureError}.
 */
@NullMarked
package org.tlscodec.crypto.sig;

import org.jspecify.annotations.NullMarked;
