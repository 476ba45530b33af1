package org.tlscodec.vectors.tls.extension;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.ApplicationSettingsClientHello;
import org.tlscodec.tls.extension.ApplicationSettingsEncryptedExtensions;
import org.tlscodec.tls.extension.AuthzDataFormats;
import org.tlscodec.tls.extension.CachedInfoClientHello;
import org.tlscodec.tls.extension.CachedInfoServerHello;
import org.tlscodec.tls.extension.CachedObject;
import org.tlscodec.tls.extension.CertTypeClientHello;
import org.tlscodec.tls.extension.CertTypeServerHello;
import org.tlscodec.tls.extension.ClientTicketRequest;
import org.tlscodec.tls.extension.ConnectionId;
import org.tlscodec.tls.extension.Credential;
import org.tlscodec.tls.extension.DelegatedCredential;
import org.tlscodec.tls.extension.DelegatedCredentialRequest;
import org.tlscodec.tls.extension.EchClientHello;
import org.tlscodec.tls.extension.EchClientHelloInner;
import org.tlscodec.tls.extension.EchClientHelloOuter;
import org.tlscodec.tls.registry.EchClientHelloType;
import org.tlscodec.tls.extension.EchClientHelloUnknown;
import org.tlscodec.tls.extension.EchConfig;
import org.tlscodec.tls.extension.EchConfigContents;
import org.tlscodec.tls.extension.EchConfigExtension;
import org.tlscodec.tls.extension.EchEncryptedExtensions;
import org.tlscodec.tls.extension.EchHelloRetryRequest;
import org.tlscodec.tls.extension.EchOuterExtensions;
import org.tlscodec.tls.extension.EmptyExtension;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.ExternalIdHash;
import org.tlscodec.tls.extension.ExternalSessionId;
import org.tlscodec.tls.extension.HpkeKeyConfig;
import org.tlscodec.tls.extension.HpkeSymmetricCipherSuite;
import org.tlscodec.tls.registry.IdentifierType;
import org.tlscodec.tls.extension.NextProtocolNegotiationServerHello;
import org.tlscodec.tls.extension.QuicTransportParameters;
import org.tlscodec.tls.extension.QuicVarint;
import org.tlscodec.tls.extension.RenegotiationInfo;
import org.tlscodec.tls.extension.ServerTicketRequestHint;
import org.tlscodec.tls.extension.SessionTicketClientHello;
import org.tlscodec.tls.extension.SrpClientHello;
import org.tlscodec.tls.extension.TbProtocolVersion;
import org.tlscodec.tls.extension.TlsFlags;
import org.tlscodec.tls.extension.TokenBindingParameters;
import org.tlscodec.tls.extension.TransItem;
import org.tlscodec.tls.extension.TransItemList;
import org.tlscodec.tls.extension.TransportParameter;
import org.tlscodec.tls.extension.TransportParameterValue;
import org.tlscodec.tls.extension.TrustedAuthority;
import org.tlscodec.tls.extension.TrustedCaKeysClientHello;
import org.tlscodec.tls.extension.UnknownEchConfig;
import org.tlscodec.tls.extension.UserMappingTypeList;
import org.tlscodec.tls.registry.VersionedTransType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Generators of the extensions declared in the codec's {@code SpecialistExtensions} catalog part,
 * and of the structures inside them. Valid by construction: every vector respects its bounds,
 * every length field agrees with what it frames, unknown codes appear only where the codec can
 * keep them byte for byte.
 */
public final class SpecialistExtensionGens {
    private SpecialistExtensionGens() {
    }

    private static final Vector<Integer> VARINT_LENGTHS = Vector.of(1, 2, 4, 8);

    // ---- QUIC ----

    /** A QUIC varint of any of its four lengths, minimal or padded. */
    public static Gen<QuicVarint> quicVarint() {
        return Gen.oneOfValues(VARINT_LENGTHS).flatMap(n -> Gen.longs(0, QuicVarint.maxFor(n)).map(v -> new QuicVarint(v, n)));
    }

    /** {@code value} in its shortest encoding (mostly) or a longer one. */
    public static Gen<QuicVarint> quicVarintOf(long value) {
        Vector<Integer> fits = VARINT_LENGTHS.filter(n -> n >= QuicVarint.minimalLength(value));
        return Gen.frequency(
                Tuple.of(3, Gen.constant(QuicVarint.of(value))),
                Tuple.of(1, Gen.oneOfValues(fits).map(n -> new QuicVarint(value, n))));
    }

    private static Gen<Long> opaqueParameterId() {
        return Gen.frequency(
                Tuple.of(3, Gen.oneOfValues(0x00L, 0x02L, 0x0cL, 0x0dL, 0x0fL, 0x10L, 0x11L)),
                Tuple.of(2, Gen.longs(0, 1000).map(n -> 31 * n + 27)),
                Tuple.of(1, Gen.longs(0, QuicVarint.MAX_VALUE)))
                .filter(id -> !TransportParameterValue.INTEGER_IDS.contains(id));
    }

    /** A transport parameter: an integer one under an integer id, bytes under any other id (GREASE included). */
    public static Gen<TransportParameter> transportParameter() {
        Gen<TransportParameter> integer = Gen.oneOfValues(TransportParameterValue.INTEGER_IDS.toVector())
                .flatMap(SpecialistExtensionGens::quicVarintOf)
                .flatMap(id -> quicVarint().flatMap(v -> quicVarintOf(v.encodedLength())
                        .map(len -> new TransportParameter(id, len, new TransportParameterValue.IntegerValue(v)))));
        Gen<TransportParameter> opaque = opaqueParameterId().flatMap(SpecialistExtensionGens::quicVarintOf)
                .flatMap(id -> Gen.bytes(0, 24).flatMap(b -> quicVarintOf(b.size())
                        .map(len -> new TransportParameter(id, len, new TransportParameterValue.OpaqueValue(b)))));
        return Gen.oneOf(integer, opaque);
    }

    public static Gen<QuicTransportParameters> quicTransportParameters() {
        return Gen.listOf(transportParameter(), 0, 6).map(QuicTransportParameters::new);
    }

    // ---- trusted_ca_keys ----

    /** A TrustedAuthority of a known identifier type. */
    public static Gen<TrustedAuthority> trustedAuthority() {
        return Gen.oneOf(
                Gen.constant(TrustedAuthority.preAgreed()),
                Gen.bytes(20).map(TrustedAuthority::keySha1Hash),
                Gen.bytes(20).map(TrustedAuthority::certSha1Hash),
                Gen.bytes(1, 40).map(TrustedAuthority::x509Name));
    }

    /** A TrustedAuthority of an unknown identifier type: its identifier is the rest of the list, so it can only come last. */
    public static Gen<TrustedAuthority> unknownTrustedAuthority() {
        return Gen.zipWith(RegistryGens.unknown(IdentifierType.REGISTRY), Gen.bytes(0, 20), TrustedAuthority::new);
    }

    public static Gen<TrustedCaKeysClientHello> trustedCaKeysClientHello() {
        return Gen.zipWith(Gen.listOf(trustedAuthority(), 0, 4), Gen.optionOf(unknownTrustedAuthority()),
                (known, last) -> new TrustedCaKeysClientHello(known.appendAll(last)));
    }

    // ---- ECH ----

    public static Gen<HpkeSymmetricCipherSuite> hpkeSymmetricCipherSuite() {
        return Gen.zipWith(RegistryGens.hpkeKdfId(), RegistryGens.hpkeAeadId(), HpkeSymmetricCipherSuite::new);
    }

    public static Gen<HpkeKeyConfig> hpkeKeyConfig() {
        return Gen.zip(Gen.ints(0, 255), RegistryGens.hpkeKemId(), Gen.bytes(1, 65))
                .flatMap(t -> Gen.listOf(hpkeSymmetricCipherSuite(), 1, 3).map(s -> new HpkeKeyConfig(t._1, t._2, t._3, s)));
    }

    public static Gen<EchConfigExtension> echConfigExtension() {
        return Gen.zipWith(Gen.ints(0, 0xffff), Gen.bytes(0, 8), EchConfigExtension::new);
    }

    public static Gen<EchConfig> echConfig() {
        Gen<EchConfig> contents = Gen.zip(hpkeKeyConfig(), Gen.ints(0, 255), Gen.bytes(1, 32))
                .flatMap(t -> Gen.listOf(echConfigExtension(), 0, 2).map(x -> (EchConfig) new EchConfigContents(t._1, t._2, t._3, x)));
        Gen<EchConfig> unknown = Gen.zipWith(Gen.ints(0, 0xffff).filter(v -> v != EchConfig.VERSION_FE0D), Gen.bytes(0, 16),
                (v, b) -> (EchConfig) new UnknownEchConfig(v, b));
        return Gen.frequency(Tuple.of(3, contents), Tuple.of(1, unknown));
    }

    public static Gen<EchClientHello> echClientHello() {
        Gen<EchClientHello> outer = Gen.zip(hpkeSymmetricCipherSuite(), Gen.ints(0, 255), Gen.bytes(0, 32))
                .flatMap(t -> Gen.bytes(1, 48).map(p -> (EchClientHello) new EchClientHelloOuter(t._1, t._2, t._3, p)));
        Gen<EchClientHello> unknown = Gen.zipWith(RegistryGens.unknown(EchClientHelloType.REGISTRY), Gen.bytes(0, 16),
                (t, b) -> (EchClientHello) new EchClientHelloUnknown(t, b));
        return Gen.frequency(Tuple.of(4, outer), Tuple.of(2, Gen.constant(new EchClientHelloInner())), Tuple.of(1, unknown));
    }

    public static Gen<EchEncryptedExtensions> echEncryptedExtensions() {
        return Gen.listOf(echConfig(), 1, 3).map(EchEncryptedExtensions::new);
    }

    // ---- the rest ----

    public static Gen<TransItem> transItem() {
        return Gen.zipWith(RegistryGens.of(VersionedTransType.REGISTRY), Gen.bytes(0, 24), TransItem::new);
    }

    public static Gen<Credential> credential() {
        return Gen.zip(Gen.longs(0, 0xffffffffL), RegistryGens.signatureScheme(), Gen.bytes(1, 40))
                .map(t -> new Credential(t._1, t._2, t._3));
    }

    public static Gen<DelegatedCredential> delegatedCredential() {
        return Gen.zip(credential(), RegistryGens.signatureScheme(), Gen.bytes(1, 40))
                .map(t -> new DelegatedCredential(t._1, t._2, t._3));
    }

    public static Gen<CachedObject> cachedObject() {
        return Gen.zipWith(RegistryGens.cachedInformationType(), Gen.bytes(1, 32), CachedObject::new);
    }

    private static Gen<Bytes> protocolName() {
        return Gen.bytes(1, 10);
    }

    private static Gen<ExtensionType> alpsType() {
        return Gen.oneOfValues(ExtensionType.APPLICATION_SETTINGS, ExtensionType.APPLICATION_SETTINGS_NEW);
    }

    private static Gen<ExtensionType> connectionIdType() {
        return Gen.oneOfValues(ExtensionType.CONNECTION_ID, ExtensionType.CONNECTION_ID_DEPRECATED);
    }

    private static Gen<ExtensionType> authzType() {
        return Gen.oneOfValues(ExtensionType.CLIENT_AUTHZ, ExtensionType.SERVER_AUTHZ);
    }

    private static Gen<Extension> empty(ExtensionType type) {
        return Gen.constant(new EmptyExtension(type));
    }

    private static <E extends Extension> Gen<Extension> up(Gen<E> gen) {
        return gen.map(e -> (Extension) e);
    }

    private static Gen<Extension> tlsFlags() {
        return up(Gen.bytes(0, 8).map(TlsFlags::new));
    }

    private static Vector<Gen<Extension>> bothHellos() {
        return Vector.of(
                empty(ExtensionType.CLIENT_CERTIFICATE_URL),
                empty(ExtensionType.TRUNCATED_HMAC),
                empty(ExtensionType.ENCRYPT_THEN_MAC),
                empty(ExtensionType.EXTENDED_MASTER_SECRET),
                up(Gen.listOf(RegistryGens.userMappingType(), 1, 6).map(UserMappingTypeList::new)),
                up(Gen.zipWith(authzType(), Gen.listOf(RegistryGens.authorizationDataFormat(), 1, 6), AuthzDataFormats::new)),
                up(Gen.zipWith(Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), TbProtocolVersion::new),
                        Gen.listOf(RegistryGens.tokenBindingKeyParameters(), 1, 4), TokenBindingParameters::new)),
                up(Gen.zipWith(connectionIdType(), Gen.bytes(0, 20), ConnectionId::new)),
                up(Gen.bytes(0, 40).map(RenegotiationInfo::new)),
                tlsFlags());
    }

    static Vector<Gen<Extension>> forContext(ExtensionContext context) {
        switch (context) {
            case CLIENT_HELLO:
                return bothHellos().appendAll(Vector.of(
                        up(trustedCaKeysClientHello()),
                        up(Gen.listOf(RegistryGens.certificateType(), 1, 5).map(CertTypeClientHello::new)),
                        up(Gen.bytes(1, 32).map(SrpClientHello::new)),
                        up(Gen.listOf(cachedObject(), 1, 3).map(CachedInfoClientHello::new)),
                        up(Gen.listOf(RegistryGens.signatureScheme(), 1, 8).map(DelegatedCredentialRequest::new)),
                        up(Gen.bytes(0, 64).map(SessionTicketClientHello::new)),
                        empty(ExtensionType.TRANSPARENCY_INFO),
                        empty(ExtensionType.EXTERNAL_ID_HASH),
                        up(Gen.bytes(20, 40).map(ExternalSessionId::new)),
                        up(Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), ClientTicketRequest::new)),
                        up(quicTransportParameters()),
                        up(echClientHello()),
                        up(Gen.listOf(RegistryGens.extensionType(), 1, 8).map(EchOuterExtensions::new)),
                        empty(ExtensionType.NEXT_PROTOCOL_NEGOTIATION),
                        up(Gen.zipWith(alpsType(), Gen.listOf(protocolName(), 1, 3), ApplicationSettingsClientHello::new))));
            case SERVER_HELLO:
                return bothHellos().appendAll(Vector.of(
                        empty(ExtensionType.TRUSTED_CA_KEYS),
                        up(RegistryGens.certificateType().map(CertTypeServerHello::new)),
                        up(Gen.listOf(RegistryGens.cachedInformationType(), 1, 4).map(CachedInfoServerHello::new)),
                        empty(ExtensionType.SESSION_TICKET),
                        up(Gen.listOf(transItem(), 1, 3).map(TransItemList::new)),
                        up(Gen.bytes(0, 32).map(ExternalIdHash::new)),
                        up(Gen.bytes(20, 40).map(ExternalSessionId::new)),
                        up(Gen.listOf(protocolName(), 0, 3).map(NextProtocolNegotiationServerHello::new))));
            case HELLO_RETRY_REQUEST:
                return Vector.of(up(Gen.bytes(8).map(EchHelloRetryRequest::new)));
            case ENCRYPTED_EXTENSIONS:
                return Vector.of(
                        up(Gen.bytes(0, 32).map(ExternalIdHash::new)),
                        up(Gen.bytes(20, 40).map(ExternalSessionId::new)),
                        up(Gen.ints(0, 255).map(ServerTicketRequestHint::new)),
                        up(quicTransportParameters()),
                        up(echEncryptedExtensions()),
                        up(Gen.zipWith(alpsType(), Gen.bytes(0, 24), ApplicationSettingsEncryptedExtensions::new)),
                        tlsFlags());
            case CERTIFICATE:
                return Vector.of(
                        up(delegatedCredential()),
                        up(Gen.listOf(transItem(), 1, 3).map(TransItemList::new)),
                        tlsFlags());
            case CERTIFICATE_REQUEST:
                return Vector.of(
                        up(Gen.listOf(RegistryGens.signatureScheme(), 1, 8).map(DelegatedCredentialRequest::new)),
                        tlsFlags());
            case NEW_SESSION_TICKET:
                return Vector.of(tlsFlags());
            default:
                return Vector.empty();
        }
    }
}
