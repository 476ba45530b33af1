package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import org.bouncycastle.asn1.ASN1Primitive;
import org.tlscodec.codec.Bytes;

/** One DER value (ITU-T X.690) that must fill its bytes exactly: what keys and ECDSA/DSA signatures are encoded as. */
final class Der {
    private Der() {
    }

    /** The ASN.1 value of {@code der}, or why it is not one (trailing bytes included). */
    static Either<String, ASN1Primitive> parse(Bytes der) {
        try {
            ASN1Primitive value = ASN1Primitive.fromByteArray(der.toArray());
            return value == null ? Either.left("no DER value in " + der.size() + " bytes") : Either.right(value);
        } catch (Exception e) {
            return Either.left(describe(e));
        }
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
