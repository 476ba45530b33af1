package org.tlscodec.vectors.tls.registry;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.AuthorizationDataFormat;
import org.tlscodec.tls.registry.CachedInformationType;
import org.tlscodec.tls.registry.CertificateCompressionAlgorithm;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ChangeCipherSpecType;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ClientCertificateType;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ECCurveType;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.Grease;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.HashAlgorithm;
import org.tlscodec.tls.registry.HeartbeatMessageType;
import org.tlscodec.tls.registry.HeartbeatMode;
import org.tlscodec.tls.registry.HpkeAeadId;
import org.tlscodec.tls.registry.HpkeKdfId;
import org.tlscodec.tls.registry.HpkeKemId;
import org.tlscodec.tls.registry.KeyUpdateRequest;
import org.tlscodec.tls.registry.MaxFragmentLength;
import org.tlscodec.tls.registry.NameType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.PskKeyExchangeMode;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.SignatureAlgorithm;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.tls.registry.SrtpProtectionProfile;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.tls.registry.SupplementalDataType;
import org.tlscodec.tls.registry.TokenBindingKeyParameters;
import org.tlscodec.tls.registry.UserMappingType;
import org.tlscodec.vectors.gen.Gen;

/**
 * One generator per registry. Each mostly picks a registered value (uniformly from
 * {@code REGISTRY.known()}), sometimes a GREASE code where the registry has them, and sometimes an
 * unregistered code of the registry's width, so both the named and the open side are exercised.
 * Shrinking goes towards the registered values.
 */
public final class RegistryGens {
    /** Weight of registered values. */
    private static final int KNOWN = 8;
    /** Weight of GREASE codes, where the registry has them. */
    private static final int GREASE = 1;
    /** Weight of unregistered codes. */
    private static final int UNKNOWN = 2;

    private static final Vector<Integer> GREASE16 = Vector.ofAll(Grease.codes16());
    private static final Vector<Integer> GREASE8 = Vector.range(0, 256).filter(Grease::isGrease8);

    private static final Gen<ContentType> CONTENT_TYPE = of(ContentType.REGISTRY);
    private static final Gen<ProtocolVersion> PROTOCOL_VERSION = withGrease(ProtocolVersion.REGISTRY, GREASE16);
    private static final Gen<HandshakeType> HANDSHAKE_TYPE = of(HandshakeType.REGISTRY);
    private static final Gen<AlertLevel> ALERT_LEVEL = of(AlertLevel.REGISTRY);
    private static final Gen<AlertDescription> ALERT_DESCRIPTION = of(AlertDescription.REGISTRY);
    private static final Gen<HeartbeatMessageType> HEARTBEAT_MESSAGE_TYPE = of(HeartbeatMessageType.REGISTRY);
    private static final Gen<CipherSuite> CIPHER_SUITE = withGrease(CipherSuite.REGISTRY, GREASE16);
    private static final Gen<SslV2CipherKind> SSL_V2_CIPHER_KIND = sslV2Kinds();
    private static final Gen<CompressionMethod> COMPRESSION_METHOD = of(CompressionMethod.REGISTRY);
    private static final Gen<ExtensionType> EXTENSION_TYPE = withGrease(ExtensionType.REGISTRY, GREASE16);
    private static final Gen<NamedGroup> NAMED_GROUP = withGrease(NamedGroup.REGISTRY, GREASE16);
    private static final Gen<SignatureScheme> SIGNATURE_SCHEME = withGrease(SignatureScheme.REGISTRY, GREASE16);
    private static final Gen<HashAlgorithm> HASH_ALGORITHM = of(HashAlgorithm.REGISTRY);
    private static final Gen<SignatureAlgorithm> SIGNATURE_ALGORITHM = of(SignatureAlgorithm.REGISTRY);
    private static final Gen<ECPointFormat> EC_POINT_FORMAT = of(ECPointFormat.REGISTRY);
    private static final Gen<ECCurveType> EC_CURVE_TYPE = of(ECCurveType.REGISTRY);
    private static final Gen<CertificateType> CERTIFICATE_TYPE = of(CertificateType.REGISTRY);
    private static final Gen<ClientCertificateType> CLIENT_CERTIFICATE_TYPE = of(ClientCertificateType.REGISTRY);
    private static final Gen<CertificateStatusType> CERTIFICATE_STATUS_TYPE = of(CertificateStatusType.REGISTRY);
    private static final Gen<PskKeyExchangeMode> PSK_KEY_EXCHANGE_MODE = withGrease(PskKeyExchangeMode.REGISTRY, GREASE8);
    private static final Gen<CertificateCompressionAlgorithm> CERTIFICATE_COMPRESSION_ALGORITHM =
            of(CertificateCompressionAlgorithm.REGISTRY);
    private static final Gen<NameType> NAME_TYPE = of(NameType.REGISTRY);
    private static final Gen<MaxFragmentLength> MAX_FRAGMENT_LENGTH = of(MaxFragmentLength.REGISTRY);
    private static final Gen<KeyUpdateRequest> KEY_UPDATE_REQUEST = of(KeyUpdateRequest.REGISTRY);
    private static final Gen<HeartbeatMode> HEARTBEAT_MODE = of(HeartbeatMode.REGISTRY);
    private static final Gen<UserMappingType> USER_MAPPING_TYPE = of(UserMappingType.REGISTRY);
    private static final Gen<AuthorizationDataFormat> AUTHORIZATION_DATA_FORMAT = of(AuthorizationDataFormat.REGISTRY);
    private static final Gen<CachedInformationType> CACHED_INFORMATION_TYPE = of(CachedInformationType.REGISTRY);
    private static final Gen<SupplementalDataType> SUPPLEMENTAL_DATA_TYPE = of(SupplementalDataType.REGISTRY);
    private static final Gen<TokenBindingKeyParameters> TOKEN_BINDING_KEY_PARAMETERS = of(TokenBindingKeyParameters.REGISTRY);
    private static final Gen<SrtpProtectionProfile> SRTP_PROTECTION_PROFILE = of(SrtpProtectionProfile.REGISTRY);
    private static final Gen<HpkeKemId> HPKE_KEM_ID = of(HpkeKemId.REGISTRY);
    private static final Gen<HpkeKdfId> HPKE_KDF_ID = of(HpkeKdfId.REGISTRY);
    private static final Gen<HpkeAeadId> HPKE_AEAD_ID = of(HpkeAeadId.REGISTRY);
    private static final Gen<ChangeCipherSpecType> CHANGE_CIPHER_SPEC_TYPE = of(ChangeCipherSpecType.REGISTRY);

    private RegistryGens() {
    }

    /** Registered values (weight 8) or unregistered codes of the registry's width (weight 2). */
    public static <T> Gen<T> of(Registry<T> registry) {
        return Gen.frequency(Tuple.of(KNOWN, known(registry)), Tuple.of(UNKNOWN, unknown(registry)));
    }

    /** Registered values (weight 8), one of {@code greaseCodes} (weight 1) or unregistered codes (weight 2). */
    public static <T> Gen<T> withGrease(Registry<T> registry, Vector<Integer> greaseCodes) {
        return Gen.frequency(
                Tuple.of(KNOWN, known(registry)),
                Tuple.of(GREASE, Gen.oneOfValues(greaseCodes).map(registry::of)),
                Tuple.of(UNKNOWN, unknown(registry)));
    }

    /** A registered value, uniformly. */
    public static <T> Gen<T> known(Registry<T> registry) {
        return Gen.oneOfValues(registry.known());
    }

    /** A code of the registry's width that it does not name. */
    public static <T> Gen<T> unknown(Registry<T> registry) {
        int max = (1 << (8 * registry.width())) - 1;
        return Gen.ints(0, max).filter(code -> !registry.isKnown(code)).map(registry::of);
    }

    private static Gen<SslV2CipherKind> sslV2Kinds() {
        // Besides the SSL 2.0 kinds, a TLS suite in SSLv2 form (0x00 and its two bytes), as hybrid hellos carry.
        return Gen.frequency(
                Tuple.of(KNOWN, known(SslV2CipherKind.REGISTRY)),
                Tuple.of(KNOWN, CIPHER_SUITE.map(SslV2CipherKind::ofTlsSuite)),
                Tuple.of(UNKNOWN, unknown(SslV2CipherKind.REGISTRY)));
    }

    public static Gen<ContentType> contentType() {
        return CONTENT_TYPE;
    }

    public static Gen<ProtocolVersion> protocolVersion() {
        return PROTOCOL_VERSION;
    }

    public static Gen<HandshakeType> handshakeType() {
        return HANDSHAKE_TYPE;
    }

    public static Gen<AlertLevel> alertLevel() {
        return ALERT_LEVEL;
    }

    public static Gen<AlertDescription> alertDescription() {
        return ALERT_DESCRIPTION;
    }

    public static Gen<HeartbeatMessageType> heartbeatMessageType() {
        return HEARTBEAT_MESSAGE_TYPE;
    }

    public static Gen<CipherSuite> cipherSuite() {
        return CIPHER_SUITE;
    }

    public static Gen<SslV2CipherKind> sslV2CipherKind() {
        return SSL_V2_CIPHER_KIND;
    }

    public static Gen<CompressionMethod> compressionMethod() {
        return COMPRESSION_METHOD;
    }

    public static Gen<ExtensionType> extensionType() {
        return EXTENSION_TYPE;
    }

    public static Gen<NamedGroup> namedGroup() {
        return NAMED_GROUP;
    }

    public static Gen<SignatureScheme> signatureScheme() {
        return SIGNATURE_SCHEME;
    }

    public static Gen<HashAlgorithm> hashAlgorithm() {
        return HASH_ALGORITHM;
    }

    public static Gen<SignatureAlgorithm> signatureAlgorithm() {
        return SIGNATURE_ALGORITHM;
    }

    public static Gen<ECPointFormat> ecPointFormat() {
        return EC_POINT_FORMAT;
    }

    public static Gen<ECCurveType> ecCurveType() {
        return EC_CURVE_TYPE;
    }

    public static Gen<CertificateType> certificateType() {
        return CERTIFICATE_TYPE;
    }

    public static Gen<ClientCertificateType> clientCertificateType() {
        return CLIENT_CERTIFICATE_TYPE;
    }

    public static Gen<CertificateStatusType> certificateStatusType() {
        return CERTIFICATE_STATUS_TYPE;
    }

    public static Gen<PskKeyExchangeMode> pskKeyExchangeMode() {
        return PSK_KEY_EXCHANGE_MODE;
    }

    public static Gen<CertificateCompressionAlgorithm> certificateCompressionAlgorithm() {
        return CERTIFICATE_COMPRESSION_ALGORITHM;
    }

    public static Gen<NameType> nameType() {
        return NAME_TYPE;
    }

    public static Gen<MaxFragmentLength> maxFragmentLength() {
        return MAX_FRAGMENT_LENGTH;
    }

    public static Gen<KeyUpdateRequest> keyUpdateRequest() {
        return KEY_UPDATE_REQUEST;
    }

    public static Gen<HeartbeatMode> heartbeatMode() {
        return HEARTBEAT_MODE;
    }

    public static Gen<UserMappingType> userMappingType() {
        return USER_MAPPING_TYPE;
    }

    public static Gen<AuthorizationDataFormat> authorizationDataFormat() {
        return AUTHORIZATION_DATA_FORMAT;
    }

    public static Gen<CachedInformationType> cachedInformationType() {
        return CACHED_INFORMATION_TYPE;
    }

    public static Gen<SupplementalDataType> supplementalDataType() {
        return SUPPLEMENTAL_DATA_TYPE;
    }

    public static Gen<TokenBindingKeyParameters> tokenBindingKeyParameters() {
        return TOKEN_BINDING_KEY_PARAMETERS;
    }

    public static Gen<SrtpProtectionProfile> srtpProtectionProfile() {
        return SRTP_PROTECTION_PROFILE;
    }

    public static Gen<HpkeKemId> hpkeKemId() {
        return HPKE_KEM_ID;
    }

    public static Gen<HpkeKdfId> hpkeKdfId() {
        return HPKE_KDF_ID;
    }

    public static Gen<HpkeAeadId> hpkeAeadId() {
        return HPKE_AEAD_ID;
    }

    public static Gen<ChangeCipherSpecType> changeCipherSpecType() {
        return CHANGE_CIPHER_SPEC_TYPE;
    }
}
