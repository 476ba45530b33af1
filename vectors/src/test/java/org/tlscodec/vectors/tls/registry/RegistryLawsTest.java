package org.tlscodec.vectors.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Codec;
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
import org.tlscodec.tls.registry.RegistryValue;
import org.tlscodec.tls.registry.SignatureAlgorithm;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.tls.registry.SrtpProtectionProfile;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.tls.registry.SupplementalDataType;
import org.tlscodec.tls.registry.TokenBindingKeyParameters;
import org.tlscodec.tls.registry.UserMappingType;
import org.tlscodec.vectors.gen.Choices;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.laws.CodecLaws;
import org.tlscodec.vectors.laws.Law;

/** The codec laws of DESIGN.md section 10 for every registry, over its generator. */
class RegistryLawsTest {

    /** A registry's name, codec and generator. */
    record Subject<T extends RegistryValue>(String name, Codec<T> codec, Gen<T> gen) {
        Vector<Law> laws() {
            return CodecLaws.of(name, codec, gen).laws();
        }
    }

    static final Vector<Subject<?>> ALL = Vector.of(
            new Subject<>("ContentType", ContentType.CODEC, RegistryGens.contentType()),
            new Subject<>("ProtocolVersion", ProtocolVersion.CODEC, RegistryGens.protocolVersion()),
            new Subject<>("HandshakeType", HandshakeType.CODEC, RegistryGens.handshakeType()),
            new Subject<>("AlertLevel", AlertLevel.CODEC, RegistryGens.alertLevel()),
            new Subject<>("AlertDescription", AlertDescription.CODEC, RegistryGens.alertDescription()),
            new Subject<>("HeartbeatMessageType", HeartbeatMessageType.CODEC, RegistryGens.heartbeatMessageType()),
            new Subject<>("CipherSuite", CipherSuite.CODEC, RegistryGens.cipherSuite()),
            new Subject<>("SslV2CipherKind", SslV2CipherKind.CODEC, RegistryGens.sslV2CipherKind()),
            new Subject<>("CompressionMethod", CompressionMethod.CODEC, RegistryGens.compressionMethod()),
            new Subject<>("ExtensionType", ExtensionType.CODEC, RegistryGens.extensionType()),
            new Subject<>("NamedGroup", NamedGroup.CODEC, RegistryGens.namedGroup()),
            new Subject<>("SignatureScheme", SignatureScheme.CODEC, RegistryGens.signatureScheme()),
            new Subject<>("HashAlgorithm", HashAlgorithm.CODEC, RegistryGens.hashAlgorithm()),
            new Subject<>("SignatureAlgorithm", SignatureAlgorithm.CODEC, RegistryGens.signatureAlgorithm()),
            new Subject<>("ECPointFormat", ECPointFormat.CODEC, RegistryGens.ecPointFormat()),
            new Subject<>("ECCurveType", ECCurveType.CODEC, RegistryGens.ecCurveType()),
            new Subject<>("CertificateType", CertificateType.CODEC, RegistryGens.certificateType()),
            new Subject<>("ClientCertificateType", ClientCertificateType.CODEC, RegistryGens.clientCertificateType()),
            new Subject<>("CertificateStatusType", CertificateStatusType.CODEC, RegistryGens.certificateStatusType()),
            new Subject<>("PskKeyExchangeMode", PskKeyExchangeMode.CODEC, RegistryGens.pskKeyExchangeMode()),
            new Subject<>("CertificateCompressionAlgorithm", CertificateCompressionAlgorithm.CODEC,
                    RegistryGens.certificateCompressionAlgorithm()),
            new Subject<>("NameType", NameType.CODEC, RegistryGens.nameType()),
            new Subject<>("MaxFragmentLength", MaxFragmentLength.CODEC, RegistryGens.maxFragmentLength()),
            new Subject<>("KeyUpdateRequest", KeyUpdateRequest.CODEC, RegistryGens.keyUpdateRequest()),
            new Subject<>("HeartbeatMode", HeartbeatMode.CODEC, RegistryGens.heartbeatMode()),
            new Subject<>("UserMappingType", UserMappingType.CODEC, RegistryGens.userMappingType()),
            new Subject<>("AuthorizationDataFormat", AuthorizationDataFormat.CODEC, RegistryGens.authorizationDataFormat()),
            new Subject<>("CachedInformationType", CachedInformationType.CODEC, RegistryGens.cachedInformationType()),
            new Subject<>("SupplementalDataType", SupplementalDataType.CODEC, RegistryGens.supplementalDataType()),
            new Subject<>("TokenBindingKeyParameters", TokenBindingKeyParameters.CODEC, RegistryGens.tokenBindingKeyParameters()),
            new Subject<>("SrtpProtectionProfile", SrtpProtectionProfile.CODEC, RegistryGens.srtpProtectionProfile()),
            new Subject<>("HpkeKemId", HpkeKemId.CODEC, RegistryGens.hpkeKemId()),
            new Subject<>("HpkeKdfId", HpkeKdfId.CODEC, RegistryGens.hpkeKdfId()),
            new Subject<>("HpkeAeadId", HpkeAeadId.CODEC, RegistryGens.hpkeAeadId()),
            new Subject<>("ChangeCipherSpecType", ChangeCipherSpecType.CODEC, RegistryGens.changeCipherSpecType()));

    @TestFactory
    Stream<DynamicTest> everyRegistryKeepsEveryCodecLaw() {
        return ALL.flatMap(Subject::laws).toJavaStream().map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }

    @Test
    void theGeneratorsGiveRegisteredGreaseAndUnregisteredCodes() {
        Vector<CipherSuite> suites = sample(RegistryGens.cipherSuite(), 2000);
        assertThat(suites.count(s -> s.isKnown() && !s.isGrease())).isGreaterThan(1200);
        assertThat(suites.count(CipherSuite::isGrease)).isBetween(50, 400);
        assertThat(suites.count(s -> !s.isKnown())).isBetween(200, 700);
        assertThat(suites.map(CipherSuite::code).distinct().size()).isGreaterThan(300);

        Vector<PskKeyExchangeMode> modes = sample(RegistryGens.pskKeyExchangeMode(), 2000);
        assertThat(modes.count(PskKeyExchangeMode::isGrease)).isGreaterThan(50);
        assertThat(modes.count(m -> !m.isKnown())).isGreaterThan(200);

        Vector<SslV2CipherKind> kinds = sample(RegistryGens.sslV2CipherKind(), 2000);
        assertThat(kinds.count(k -> k.isTlsSuite() && k.tlsSuite().get().isKnown())).isGreaterThan(400);
        assertThat(kinds.count(k -> k.isKnown())).isGreaterThan(400);

        // Registries of one name still see unregistered codes.
        assertThat(sample(RegistryGens.nameType(), 500).count(n -> !n.isKnown())).isGreaterThan(50);
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        Vector<NamedGroup> one = Vector.range(0, 100).map(i -> RegistryGens.namedGroup().generate(Choices.random(17L + i)));
        Vector<NamedGroup> two = Vector.range(0, 100).map(i -> RegistryGens.namedGroup().generate(Choices.random(17L + i)));
        assertThat(one).isEqualTo(two);
    }

    private static <T> Vector<T> sample(Gen<T> gen, int n) {
        return Vector.range(0, n).map(i -> gen.generate(Choices.random(1000L + i)));
    }
}
