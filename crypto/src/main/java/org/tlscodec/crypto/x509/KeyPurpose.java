package org.tlscodec.crypto.x509;

/** An extendedKeyUsage purpose (RFC 5280 section 4.2.1.12), by OID; any OID is kept. */
public record KeyPurpose(String oid) {
    public static final KeyPurpose ANY = new KeyPurpose("2.5.29.37.0");
    public static final KeyPurpose SERVER_AUTH = new KeyPurpose("1.3.6.1.5.5.7.3.1");
    public static final KeyPurpose CLIENT_AUTH = new KeyPurpose("1.3.6.1.5.5.7.3.2");
    public static final KeyPurpose CODE_SIGNING = new KeyPurpose("1.3.6.1.5.5.7.3.3");
    public static final KeyPurpose EMAIL_PROTECTION = new KeyPurpose("1.3.6.1.5.5.7.3.4");
    public static final KeyPurpose TIME_STAMPING = new KeyPurpose("1.3.6.1.5.5.7.3.8");
    public static final KeyPurpose OCSP_SIGNING = new KeyPurpose("1.3.6.1.5.5.7.3.9");
}
