package org.tlscodec.crypto.sig;

import io.vavr.control.Option;
import java.security.Key;
import java.security.interfaces.DSAKey;
import java.security.interfaces.RSAKey;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** The {@link KeyKind} of a key, from the AlgorithmIdentifier of its SubjectPublicKeyInfo or PKCS#8 DER. */
final class KeyKinds {
    private KeyKinds() {
    }

    static KeyKind of(AlgorithmIdentifier algorithm, Key key) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption) && key instanceof RSAKey rsa) {
            return new KeyKind.Rsa(rsa.getModulus().bitLength());
        }
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS) && key instanceof RSAKey rsa) {
            return new KeyKind.RsaPss(rsa.getModulus().bitLength());
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return new KeyKind.Ec(curveName(algorithm.getParameters()));
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return new KeyKind.Ed25519();
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
            return new KeyKind.Ed448();
        }
        if (oid.equals(X9ObjectIdentifiers.id_dsa) && key instanceof DSAKey dsa) {
            return new KeyKind.Dsa(Option.of(dsa.getParams()).map(p -> p.getP().bitLength()).getOrElse(0));
        }
        if (oid.equals(EdECObjectIdentifiers.id_X25519)) {
            return new KeyKind.Other("X25519");
        }
        if (oid.equals(EdECObjectIdentifiers.id_X448)) {
            return new KeyKind.Other("X448");
        }
        return new KeyKind.Other(key.getAlgorithm() + " (" + oid.getId() + ")");
    }

    /**
     * The curve's name as the certificate parser gives it: SEC 2's (the TLS NamedGroup names), else
     * RFC 5639's brainpool name, else any other registered name, else the OID; "explicit" for
     * explicit parameters (RFC 5480 section 2.1.1 forbids them in PKIX).
     */
    private static String curveName(ASN1Encodable parameters) {
        if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
            return "explicit parameters";
        }
        return Option.of(SECNamedCurves.getName(curve))
                .orElse(() -> Option.of(TeleTrusTNamedCurves.getName(curve)))
                .orElse(() -> Option.of(ECNamedCurveTable.getName(curve)))
                .getOrElse(curve.getId());
    }
}
