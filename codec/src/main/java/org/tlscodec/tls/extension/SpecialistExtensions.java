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
 * Catalog rows of the less common extensions: RFC 6066's client_certificate_url, trusted_ca_keys
 * and truncated_hmac; user_mapping (RFC 4681); client_authz and server_authz (RFC 5878); cert_type
 * (RFC 6091); srp (RFC 5054); encrypt_then_mac (RFC 7366); extended_master_secret (RFC 7627);
 * token_binding (RFC 8472); cached_info (RFC 7924); delegated_credential (RFC 9345);
 * session_ticket (RFC 5077); transparency_info (RFC 9162); connection_id and its deprecated code
 * (RFC 9146); external_id_hash and external_session_id (RFC 8844); ticket_request (RFC 9149);
 * quic_transport_parameters (RFC 9001); encrypted_client_hello and ech_outer_extensions
 * (draft-ietf-tls-esni-22); next_protocol_negotiation (draft-agl-tls-nextprotoneg);
 * renegotiation_info (RFC 5746); application_settings old and new (ALPS draft); tls_flags
 * (draft-ietf-tls-tlsflags).
 *
 * <p>The contexts are those of the defining documents, with TLS 1.2's ServerHello as
 * SERVER_HELLO: TLS 1.2-only extensions are listed in CH and SH, TLS 1.3 ones where RFC 8446
 * section 4.2's table (or the IANA registry's TLS 1.3 column) puts them.
 */
final class SpecialistExtensions {
    private SpecialistExtensions() {
    }

    static final Vector<ExtensionDefinition<?>> DEFINITIONS = Vector.of(
            // Flags: extension_data is empty by definition (RFC 6066 sections 5 and 7, RFC 7366 section 2, RFC 7627 section 5.1).
            ExtensionDefinition.empty(ExtensionType.CLIENT_CERTIFICATE_URL, CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.TRUNCATED_HMAC, CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.ENCRYPT_THEN_MAC, CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.EXTENDED_MASTER_SECRET, CLIENT_HELLO, SERVER_HELLO),

            ExtensionDefinition.of(ExtensionType.TRUSTED_CA_KEYS, TrustedCaKeysClientHello.class, TrustedCaKeysClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.empty(ExtensionType.TRUSTED_CA_KEYS, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.USER_MAPPING, UserMappingTypeList.class, UserMappingTypeList.CODEC, CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.CLIENT_AUTHZ, AuthzDataFormats.class,
                    AuthzDataFormats.codecFor(ExtensionType.CLIENT_AUTHZ), CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.SERVER_AUTHZ, AuthzDataFormats.class,
                    AuthzDataFormats.codecFor(ExtensionType.SERVER_AUTHZ), CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.CERT_TYPE, CertTypeClientHello.class, CertTypeClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.CERT_TYPE, CertTypeServerHello.class, CertTypeServerHello.CODEC, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.SRP, SrpClientHello.class, SrpClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.TOKEN_BINDING, TokenBindingParameters.class, TokenBindingParameters.CODEC,
                    CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.CACHED_INFO, CachedInfoClientHello.class, CachedInfoClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.CACHED_INFO, CachedInfoServerHello.class, CachedInfoServerHello.CODEC, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.DELEGATED_CREDENTIAL, DelegatedCredentialRequest.class, DelegatedCredentialRequest.CODEC,
                    CLIENT_HELLO, CERTIFICATE_REQUEST),
            ExtensionDefinition.of(ExtensionType.DELEGATED_CREDENTIAL, DelegatedCredential.class, DelegatedCredential.CODEC, CERTIFICATE),
            ExtensionDefinition.of(ExtensionType.SESSION_TICKET, SessionTicketClientHello.class, SessionTicketClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.empty(ExtensionType.SESSION_TICKET, SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.TRANSPARENCY_INFO, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.TRANSPARENCY_INFO, TransItemList.class, TransItemList.CODEC, SERVER_HELLO, CERTIFICATE),
            ExtensionDefinition.of(ExtensionType.CONNECTION_ID_DEPRECATED, ConnectionId.class,
                    ConnectionId.codecFor(ExtensionType.CONNECTION_ID_DEPRECATED), CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.CONNECTION_ID, ConnectionId.class,
                    ConnectionId.codecFor(ExtensionType.CONNECTION_ID), CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.empty(ExtensionType.EXTERNAL_ID_HASH, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.EXTERNAL_ID_HASH, ExternalIdHash.class, ExternalIdHash.CODEC,
                    SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.EXTERNAL_SESSION_ID, ExternalSessionId.class, ExternalSessionId.CODEC,
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.TICKET_REQUEST, ClientTicketRequest.class, ClientTicketRequest.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.TICKET_REQUEST, ServerTicketRequestHint.class, ServerTicketRequestHint.CODEC,
                    ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.QUIC_TRANSPORT_PARAMETERS, QuicTransportParameters.class, QuicTransportParameters.CODEC,
                    CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.ENCRYPTED_CLIENT_HELLO, EchClientHello.class, EchClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.ENCRYPTED_CLIENT_HELLO, EchEncryptedExtensions.class, EchEncryptedExtensions.CODEC,
                    ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.ENCRYPTED_CLIENT_HELLO, EchHelloRetryRequest.class, EchHelloRetryRequest.CODEC,
                    HELLO_RETRY_REQUEST),
            ExtensionDefinition.of(ExtensionType.ECH_OUTER_EXTENSIONS, EchOuterExtensions.class, EchOuterExtensions.CODEC, CLIENT_HELLO),
            ExtensionDefinition.empty(ExtensionType.NEXT_PROTOCOL_NEGOTIATION, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.NEXT_PROTOCOL_NEGOTIATION, NextProtocolNegotiationServerHello.class,
                    NextProtocolNegotiationServerHello.CODEC, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.RENEGOTIATION_INFO, RenegotiationInfo.class, RenegotiationInfo.CODEC, CLIENT_HELLO, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.APPLICATION_SETTINGS, ApplicationSettingsClientHello.class,
                    ApplicationSettingsClientHello.codecFor(ExtensionType.APPLICATION_SETTINGS), CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.APPLICATION_SETTINGS, ApplicationSettingsEncryptedExtensions.class,
                    ApplicationSettingsEncryptedExtensions.codecFor(ExtensionType.APPLICATION_SETTINGS), ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.APPLICATION_SETTINGS_NEW, ApplicationSettingsClientHello.class,
                    ApplicationSettingsClientHello.codecFor(ExtensionType.APPLICATION_SETTINGS_NEW), CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.APPLICATION_SETTINGS_NEW, ApplicationSettingsEncryptedExtensions.class,
                    ApplicationSettingsEncryptedExtensions.codecFor(ExtensionType.APPLICATION_SETTINGS_NEW), ENCRYPTED_EXTENSIONS),
            ExtensionDefinition.of(ExtensionType.TLS_FLAGS, TlsFlags.class, TlsFlags.CODEC,
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS, CERTIFICATE_REQUEST, CERTIFICATE, NEW_SESSION_TICKET));
}
