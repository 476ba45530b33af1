package org.tlscodec.vectors.tls.extension;

import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
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
import org.tlscodec.tls.extension.EchConfig;
import org.tlscodec.tls.extension.EchConfigExtension;
import org.tlscodec.tls.extension.EchEncryptedExtensions;
import org.tlscodec.tls.extension.EchHelloRetryRequest;
import org.tlscodec.tls.extension.EchOuterExtensions;
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
import org.tlscodec.tls.extension.TrustedAuthority;
import org.tlscodec.tls.extension.TrustedCaKeysClientHello;
import org.tlscodec.tls.extension.UserMappingTypeList;
import org.tlscodec.tls.registry.VersionedTransType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.laws.CodecLaws;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * The codec laws (1,000 cases each) for every structure of the specialist extensions, from their
 * generators. Codecs that read to the end of the extension (session_ticket's ticket, NPN's and
 * QUIC's unprefixed lists, ALPS settings, an unknown ECH type, a TrustedAuthority of unknown type)
 * are not self-delimiting, so the prefix law is left out for them; the extension-list laws in
 * {@link ExtensionLawsTest} check them inside their frame.
 */
class SpecialistExtensionLawsTest {

    private static Vector<CodecLaws<?>> structures() {
        return Vector.of(
                CodecLaws.of("QuicVarint", QuicVarint.CODEC, SpecialistExtensionGens.quicVarint()),
                CodecLaws.of("TransportParameter", TransportParameter.CODEC, SpecialistExtensionGens.transportParameter()),
                CodecLaws.of("QuicTransportParameters", QuicTransportParameters.CODEC, SpecialistExtensionGens.quicTransportParameters())
                        .notSelfDelimiting(),
                CodecLaws.of("IdentifierType", IdentifierType.CODEC, RegistryGens.of(IdentifierType.REGISTRY)),
                CodecLaws.of("TrustedAuthority (known types)", TrustedAuthority.CODEC, SpecialistExtensionGens.trustedAuthority()),
                CodecLaws.of("TrustedAuthority (unknown type)", TrustedAuthority.CODEC, SpecialistExtensionGens.unknownTrustedAuthority())
                        .notSelfDelimiting(),
                CodecLaws.of("TrustedCaKeysClientHello", TrustedCaKeysClientHello.CODEC, SpecialistExtensionGens.trustedCaKeysClientHello()),
                CodecLaws.of("UserMappingTypeList", UserMappingTypeList.CODEC,
                        Gen.listOf(RegistryGens.userMappingType(), 1, 6).map(UserMappingTypeList::new)),
                CodecLaws.of("AuthzDataFormats", AuthzDataFormats.codecFor(ExtensionType.CLIENT_AUTHZ),
                        Gen.listOf(RegistryGens.authorizationDataFormat(), 1, 6).map(l -> new AuthzDataFormats(ExtensionType.CLIENT_AUTHZ, l))),
                CodecLaws.of("CertTypeClientHello", CertTypeClientHello.CODEC,
                        Gen.listOf(RegistryGens.certificateType(), 1, 5).map(CertTypeClientHello::new)),
                CodecLaws.of("CertTypeServerHello", CertTypeServerHello.CODEC, RegistryGens.certificateType().map(CertTypeServerHello::new)),
                CodecLaws.of("SrpClientHello", SrpClientHello.CODEC, Gen.bytes(1, 32).map(SrpClientHello::new)),
                CodecLaws.of("TbProtocolVersion", TbProtocolVersion.CODEC, Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), TbProtocolVersion::new)),
                CodecLaws.of("TokenBindingParameters", TokenBindingParameters.CODEC,
                        Gen.zipWith(Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), TbProtocolVersion::new),
                                Gen.listOf(RegistryGens.tokenBindingKeyParameters(), 1, 4), TokenBindingParameters::new)),
                CodecLaws.of("CachedObject", CachedObject.CODEC, SpecialistExtensionGens.cachedObject()),
                CodecLaws.of("CachedInfoClientHello", CachedInfoClientHello.CODEC,
                        Gen.listOf(SpecialistExtensionGens.cachedObject(), 1, 3).map(CachedInfoClientHello::new)),
                CodecLaws.of("CachedInfoServerHello", CachedInfoServerHello.CODEC,
                        Gen.listOf(RegistryGens.cachedInformationType(), 1, 4).map(CachedInfoServerHello::new)),
                CodecLaws.of("DelegatedCredentialRequest", DelegatedCredentialRequest.CODEC,
                        Gen.listOf(RegistryGens.signatureScheme(), 1, 8).map(DelegatedCredentialRequest::new)),
                CodecLaws.of("Credential", Credential.CODEC, SpecialistExtensionGens.credential()),
                CodecLaws.of("DelegatedCredential", DelegatedCredential.CODEC, SpecialistExtensionGens.delegatedCredential()),
                CodecLaws.of("SessionTicketClientHello", SessionTicketClientHello.CODEC, Gen.bytes(0, 64).map(SessionTicketClientHello::new))
                        .notSelfDelimiting(),
                CodecLaws.of("VersionedTransType", VersionedTransType.CODEC, RegistryGens.of(VersionedTransType.REGISTRY)),
                CodecLaws.of("TransItem", TransItem.CODEC, SpecialistExtensionGens.transItem()),
                CodecLaws.of("TransItemList", TransItemList.CODEC, Gen.listOf(SpecialistExtensionGens.transItem(), 1, 3).map(TransItemList::new)),
                CodecLaws.of("ConnectionId", ConnectionId.codecFor(ExtensionType.CONNECTION_ID),
                        Gen.bytes(0, 20).map(b -> new ConnectionId(ExtensionType.CONNECTION_ID, b))),
                CodecLaws.of("ExternalIdHash", ExternalIdHash.CODEC, Gen.bytes(0, 32).map(ExternalIdHash::new)),
                CodecLaws.of("ExternalSessionId", ExternalSessionId.CODEC, Gen.bytes(20, 40).map(ExternalSessionId::new)),
                CodecLaws.of("ClientTicketRequest", ClientTicketRequest.CODEC,
                        Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), ClientTicketRequest::new)),
                CodecLaws.of("ServerTicketRequestHint", ServerTicketRequestHint.CODEC, Gen.ints(0, 255).map(ServerTicketRequestHint::new)),
                CodecLaws.of("HpkeSymmetricCipherSuite", HpkeSymmetricCipherSuite.CODEC, SpecialistExtensionGens.hpkeSymmetricCipherSuite()),
                CodecLaws.of("HpkeKeyConfig", HpkeKeyConfig.CODEC, SpecialistExtensionGens.hpkeKeyConfig()),
                CodecLaws.of("EchConfigExtension", EchConfigExtension.CODEC, SpecialistExtensionGens.echConfigExtension()),
                CodecLaws.of("EchConfig", EchConfig.CODEC, SpecialistExtensionGens.echConfig()),
                CodecLaws.of("EchClientHello", EchClientHello.CODEC, SpecialistExtensionGens.echClientHello()).notSelfDelimiting(),
                CodecLaws.of("EchEncryptedExtensions", EchEncryptedExtensions.CODEC, SpecialistExtensionGens.echEncryptedExtensions()),
                CodecLaws.of("EchHelloRetryRequest", EchHelloRetryRequest.CODEC, Gen.bytes(8).map(EchHelloRetryRequest::new)),
                CodecLaws.of("EchOuterExtensions", EchOuterExtensions.CODEC,
                        Gen.listOf(RegistryGens.extensionType(), 1, 8).map(EchOuterExtensions::new)),
                CodecLaws.of("NextProtocolNegotiationServerHello", NextProtocolNegotiationServerHello.CODEC,
                        Gen.listOf(Gen.bytes(1, 10), 0, 3).map(NextProtocolNegotiationServerHello::new)).notSelfDelimiting(),
                CodecLaws.of("RenegotiationInfo", RenegotiationInfo.CODEC, Gen.bytes(0, 40).map(RenegotiationInfo::new)),
                CodecLaws.of("ApplicationSettingsClientHello", ApplicationSettingsClientHello.codecFor(ExtensionType.APPLICATION_SETTINGS_NEW),
                        Gen.listOf(Gen.bytes(1, 10), 1, 3).map(p -> new ApplicationSettingsClientHello(ExtensionType.APPLICATION_SETTINGS_NEW, p))),
                CodecLaws.of("ApplicationSettingsEncryptedExtensions",
                        ApplicationSettingsEncryptedExtensions.codecFor(ExtensionType.APPLICATION_SETTINGS),
                        Gen.bytes(0, 24).map(b -> new ApplicationSettingsEncryptedExtensions(ExtensionType.APPLICATION_SETTINGS, b)))
                        .notSelfDelimiting(),
                CodecLaws.of("TlsFlags", TlsFlags.CODEC, Gen.bytes(0, 8).map(TlsFlags::new)));
    }

    @TestFactory
    Stream<DynamicTest> everySpecialistStructureKeepsTheLaws() {
        return structures().toJavaStream()
                .flatMap(laws -> laws.laws().toJavaStream())
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
