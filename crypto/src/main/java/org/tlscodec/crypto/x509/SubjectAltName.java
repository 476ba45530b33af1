package org.tlscodec.crypto.x509;

/**
 * One GeneralName of subjectAltName (RFC 5280 section 4.2.1.6). IP addresses in their usual text
 * form, directory names as RFC 4514 strings, other kinds as the hex of their DER encoding.
 */
public record SubjectAltName(Kind kind, String value) {

    /** The GeneralName choices, in tag order. */
    public enum Kind {
        OTHER_NAME, EMAIL, DNS, X400_ADDRESS, DIRECTORY_NAME, EDI_PARTY_NAME, URI, IP_ADDRESS, REGISTERED_ID
    }

    public static SubjectAltName dns(String name) {
        return new SubjectAltName(Kind.DNS, name);
    }

    public static SubjectAltName ip(String address) {
        return new SubjectAltName(Kind.IP_ADDRESS, address);
    }

    public static SubjectAltName email(String address) {
        return new SubjectAltName(Kind.EMAIL, address);
    }

    public static SubjectAltName uri(String uri) {
        return new SubjectAltName(Kind.URI, uri);
    }
}
