package org.tlscodec.tls.extension;

import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE;
import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlscodec.tls.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlscodec.tls.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlscodec.tls.extension.ExtensionContext.SERVER_HELLO;

import io.vavr.collection.Vector;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * Catalog rows of the widely deployed extensions: RFC 6066 (server_name, max_fragment_length,
 * status_request), RFC 8422 (ec_point_formats), RFC 5764 (use_srtp), RFC 6520 (heartbeat),
 * RFC 7301 (ALPN), RFC 6961 (status_request_v2), RFC 6962 (signed_certificate_timestamp), RFC 7250
 * (client/server_certificate_type), RFC 7685 (padding), RFC 8449 (record_size_limit), RFC 8879
 * (compress_certificate) and the RFC 8446 section 4.2 extensions besides key_share and
 * supported_versions. The messages follow the RFC 8446 section 4.2 table for TLS 1.3 and the
 * defining RFCs for TLS 1.2, whose ServerHello is SERVER_HELLO here.
 */
final class MainstreamExtensions {
    private MainstreamExtensions() {
    }

    static final Vector<ExtensionDefinition<?>> DEFINITIONS = Vector.of(
            // RFC 6066 section 3: the server's answer is empty.
            ExtensionDefinition.of(ExtensionType.SERVER_NAME, ServerNameList.class, ServerNameList.CODEC, CLIENT_HELLO),
            ExtensionDefinition.empty(ExtensionType.SERVER_NAME, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            // RFC 6066 section 4: the server echoes the byte.
            ExtensionDefinition.of(ExtensionType.MAX_FRAGMENT_LENGTH, MaxFragmentLengthExtension.class,
                    MaxFragmentLengthExtension.CODEC, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            // RFC 6066 section 8 and RFC 8446 section 4.4.2.1: a request from either side, an empty TLS 1.2
            // answer, a CertificateStatus in a TLS 1.3 CertificateEntry.
            ExtensionDefinition.of(ExtensionType.STATUS_REQUEST, CertificateStatusRequest.class, CertificateStatusRequest.CODEC,
                    CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.empty(ExtensionType.STATUS_REQUEST, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.STATUS_REQUEST, CertificateStatus.class, CertificateStatus.CODEC, CERTIFICATE),
            ExtensionDefinition.of(ExtensionType.SUPPORTED_GROUPS, NamedGroupList.class, NamedGroupList.CODEC,
                    CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.EC_POINT_FORMATS, ECPointFormatList.class, ECPointFormatList.CODEC,
                    CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.SIGNATURE_ALGORITHMS, SignatureSchemeList.class,
                    SignatureSchemeList.codecFor(ExtensionType.SIGNATURE_ALGORITHMS), CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.of(ExtensionType.SIGNATURE_ALGORITHMS_CERT, SignatureSchemeList.class,
                    SignatureSchemeList.codecFor(ExtensionType.SIGNATURE_ALGORITHMS_CERT), CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.of(ExtensionType.USE_SRTP, UseSrtpData.class, UseSrtpData.CODEC,
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.HEARTBEAT, HeartbeatExtension.class, HeartbeatExtension.CODEC,
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, ProtocolNameList.class,
                    ProtocolNameList.CODEC, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            // RFC 6961 section 2.2: the server's ServerHello extension is empty.
            ExtensionDefinition.of(ExtensionType.STATUS_REQUEST_V2, CertificateStatusRequestListV2.class,
                    CertificateStatusRequestListV2.CODEC, CLIENT_HELLO),
            ExtensionDefinition.empty(ExtensionType.STATUS_REQUEST_V2, SERVER_HELLO),
            // RFC 6962 section 3.3, RFC 8446 section 4.2: asked for empty, answered with the list.
            ExtensionDefinition.empty(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.of(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, SignedCertificateTimestampList.class,
                    SignedCertificateTimestampList.CODEC, SERVER_HELLO, CERTIFICATE),
            // RFC 7250 section 3: a list from the client, one type from the server.
            ExtensionDefinition.of(ExtensionType.CLIENT_CERTIFICATE_TYPE, CertificateTypesClientHello.class,
                    CertificateTypesClientHello.codecFor(ExtensionType.CLIENT_CERTIFICATE_TYPE), CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.CLIENT_CERTIFICATE_TYPE, CertificateTypeSelected.class,
                    CertificateTypeSelected.codecFor(ExtensionType.CLIENT_CERTIFICATE_TYPE), SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.SERVER_CERTIFICATE_TYPE, CertificateTypesClientHello.class,
                    CertificateTypesClientHello.codecFor(ExtensionType.SERVER_CERTIFICATE_TYPE), CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.SERVER_CERTIFICATE_TYPE, CertificateTypeSelected.class,
                    CertificateTypeSelected.codecFor(ExtensionType.SERVER_CERTIFICATE_TYPE), SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.PADDING, Padding.class, Padding.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.PRE_SHARED_KEY, OfferedPsks.class, OfferedPsks.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.PRE_SHARED_KEY, PreSharedKeyServerHello.class, PreSharedKeyServerHello.CODEC,
                    SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.EARLY_DATA, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.EARLY_DATA, EarlyDataIndication.class, EarlyDataIndication.CODEC,
                    NEW_SESSION_TICKET),
            ExtensionDefinition.of(ExtensionType.COOKIE, Cookie.class, Cookie.CODEC, CLIENT_HELLO, HELLO_RETRY_REQUEST),
            ExtensionDefinition.of(ExtensionType.PSK_KEY_EXCHANGE_MODES, PskKeyExchangeModes.class, PskKeyExchangeModes.CODEC,
                    CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.CERTIFICATE_AUTHORITIES, CertificateAuthoritiesExtension.class,
                    CertificateAuthoritiesExtension.CODEC, CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.of(ExtensionType.OID_FILTERS, OIDFilterExtension.class, OIDFilterExtension.CODEC,
                    CERTIFICATE_REQUEST),
            ExtensionDefinition.empty(ExtensionType.POST_HANDSHAKE_AUTH, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.RECORD_SIZE_LIMIT, RecordSizeLimit.class, RecordSizeLimit.CODEC,
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.COMPRESS_CERTIFICATE, CertificateCompressionAlgorithms.class,
                    CertificateCompressionAlgorithms.CODEC, CLIENT_HELLO, CERTIFICATE_REQUEST));
}
