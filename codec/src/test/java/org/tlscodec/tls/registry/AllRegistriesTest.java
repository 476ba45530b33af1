package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * What every registry owes: each code of its width decodes, re-encodes to the same bytes, is interned
 * when known and printed as hex when not; and the number of named entries is the one registered.
 */
class AllRegistriesTest {

    /** One registry under test: its value type's statics, and how many codes it names. */
    record Reg<T extends RegistryValue>(String name, Registry<T> registry, Codec<T> codec, IntFunction<T> of,
                                        IntFunction<T> construct, int named) {
    }

    static final Vector<Reg<?>> ALL = Vector.of(
            new Reg<>("ContentType", ContentType.REGISTRY, ContentType.CODEC, ContentType::of, ContentType::new, 8),
            new Reg<>("ProtocolVersion", ProtocolVersion.REGISTRY, ProtocolVersion.CODEC, ProtocolVersion::of, ProtocolVersion::new, 54),
            new Reg<>("CipherSuite", CipherSuite.REGISTRY, CipherSuite.CODEC, CipherSuite::of, CipherSuite::new, 379),
            new Reg<>("SslV2CipherKind", SslV2CipherKind.REGISTRY, SslV2CipherKind.CODEC, SslV2CipherKind::of, SslV2CipherKind::new, 7),
            new Reg<>("CompressionMethod", CompressionMethod.REGISTRY, CompressionMethod.CODEC, CompressionMethod::of, CompressionMethod::new, 3),
            new Reg<>("ExtensionType", ExtensionType.REGISTRY, ExtensionType.CODEC, ExtensionType::of, ExtensionType::new, 83),
            new Reg<>("NamedGroup", NamedGroup.REGISTRY, NamedGroup.CODEC, NamedGroup::of, NamedGroup::new, 76),
            new Reg<>("SignatureScheme", SignatureScheme.REGISTRY, SignatureScheme.CODEC, SignatureScheme::of, SignatureScheme::new, 65),
            new Reg<>("HashAlgorithm", HashAlgorithm.REGISTRY, HashAlgorithm.CODEC, HashAlgorithm::of, HashAlgorithm::new, 8),
            new Reg<>("SignatureAlgorithm", SignatureAlgorithm.REGISTRY, SignatureAlgorithm.CODEC, SignatureAlgorithm::of, SignatureAlgorithm::new, 8),
            new Reg<>("ECPointFormat", ECPointFormat.REGISTRY, ECPointFormat.CODEC, ECPointFormat::of, ECPointFormat::new, 3),
            new Reg<>("ECCurveType", ECCurveType.REGISTRY, ECCurveType.CODEC, ECCurveType::of, ECCurveType::new, 3),
            new Reg<>("CertificateType", CertificateType.REGISTRY, CertificateType.CODEC, CertificateType::of, CertificateType::new, 4),
            new Reg<>("ClientCertificateType", ClientCertificateType.REGISTRY, ClientCertificateType.CODEC, ClientCertificateType::of,
                    ClientCertificateType::new, 12),
            new Reg<>("CertificateStatusType", CertificateStatusType.REGISTRY, CertificateStatusType.CODEC, CertificateStatusType::of,
                    CertificateStatusType::new, 2),
            new Reg<>("PskKeyExchangeMode", PskKeyExchangeMode.REGISTRY, PskKeyExchangeMode.CODEC, PskKeyExchangeMode::of,
                    PskKeyExchangeMode::new, 10),
            new Reg<>("CertificateCompressionAlgorithm", CertificateCompressionAlgorithm.REGISTRY, CertificateCompressionAlgorithm.CODEC,
                    CertificateCompressionAlgorithm::of, CertificateCompressionAlgorithm::new, 3),
            new Reg<>("NameType", NameType.REGISTRY, NameType.CODEC, NameType::of, NameType::new, 1),
            new Reg<>("MaxFragmentLength", MaxFragmentLength.REGISTRY, MaxFragmentLength.CODEC, MaxFragmentLength::of, MaxFragmentLength::new, 4),
            new Reg<>("KeyUpdateRequest", KeyUpdateRequest.REGISTRY, KeyUpdateRequest.CODEC, KeyUpdateRequest::of, KeyUpdateRequest::new, 2),
            new Reg<>("HeartbeatMode", HeartbeatMode.REGISTRY, HeartbeatMode.CODEC, HeartbeatMode::of, HeartbeatMode::new, 2),
            new Reg<>("UserMappingType", UserMappingType.REGISTRY, UserMappingType.CODEC, UserMappingType::of, UserMappingType::new, 1),
            new Reg<>("AuthorizationDataFormat", AuthorizationDataFormat.REGISTRY, AuthorizationDataFormat.CODEC, AuthorizationDataFormat::of,
                    AuthorizationDataFormat::new, 7),
            new Reg<>("CachedInformationType", CachedInformationType.REGISTRY, CachedInformationType.CODEC, CachedInformationType::of,
                    CachedInformationType::new, 2),
            new Reg<>("SupplementalDataType", SupplementalDataType.REGISTRY, SupplementalDataType.CODEC, SupplementalDataType::of,
                    SupplementalDataType::new, 2),
            new Reg<>("TokenBindingKeyParameters", TokenBindingKeyParameters.REGISTRY, TokenBindingKeyParameters.CODEC,
                    TokenBindingKeyParameters::of, TokenBindingKeyParameters::new, 3),
            new Reg<>("SrtpProtectionProfile", SrtpProtectionProfile.REGISTRY, SrtpProtectionProfile.CODEC, SrtpProtectionProfile::of,
                    SrtpProtectionProfile::new, 14),
            new Reg<>("HpkeKemId", HpkeKemId.REGISTRY, HpkeKemId.CODEC, HpkeKemId::of, HpkeKemId::new, 5),
            new Reg<>("HpkeKdfId", HpkeKdfId.REGISTRY, HpkeKdfId.CODEC, HpkeKdfId::of, HpkeKdfId::new, 3),
            new Reg<>("HpkeAeadId", HpkeAeadId.REGISTRY, HpkeAeadId.CODEC, HpkeAeadId::of, HpkeAeadId::new, 4),
            new Reg<>("ChangeCipherSpecType", ChangeCipherSpecType.REGISTRY, ChangeCipherSpecType.CODEC, ChangeCipherSpecType::of,
                    ChangeCipherSpecType::new, 1));

    private static Stream<DynamicTest> each(String what, java.util.function.Consumer<Reg<?>> check) {
        return ALL.toJavaStream().map(r -> DynamicTest.dynamicTest(r.name() + ": " + what, () -> check.accept(r)));
    }

    private static Bytes bigEndian(int code, int width) {
        int[] b = new int[width];
        for (int i = 0; i < width; i++) {
            b[i] = (code >>> (8 * (width - 1 - i))) & 0xff;
        }
        return Bytes.ofUnsigned(b);
    }

    /** Every code for one- and two-byte registries; for three-byte ones every known code and a stride through the rest. */
    private static int[] codesToTry(Reg<?> r) {
        int width = r.registry().width();
        if (width < 3) {
            return java.util.stream.IntStream.range(0, 1 << (8 * width)).toArray();
        }
        return java.util.stream.IntStream.concat(
                java.util.stream.IntStream.iterate(0, c -> c < 1 << 24, c -> c + 251),
                r.registry().known().toJavaStream().mapToInt(RegistryValue::code)).toArray();
    }

    private static <T extends RegistryValue> void roundTripsEveryCode(Reg<T> r) {
        // Plain checks in the loop: 65,536 codes a registry, and AssertJ's per-call cost would dominate.
        int width = r.registry().width();
        for (int code : codesToTry(r)) {
            Bytes wire = bigEndian(code, width);
            T value = r.codec().decode(wire).get();
            check(value.code() == code, r, code, "decodes to " + value.code());
            check(r.codec().encode(value).get().equals(wire), r, code, "re-encodes differently");
            if (r.registry().isKnown(code)) {
                check(value == r.of().apply(code), r, code, "is not the interned constant");
                check(value.toString().equals(value.name().get()), r, code, "prints as " + value);
            } else {
                check(value.name().isEmpty(), r, code, "has a name");
                String shown = value.toString();
                check(shown.length() == 2 + 2 * width && shown.startsWith("0x") && Integer.parseInt(shown.substring(2), 16) == code
                        && shown.equals(shown.toLowerCase(java.util.Locale.ROOT)), r, code, "prints as " + shown);
            }
        }
    }

    private static void check(boolean ok, Reg<?> r, int code, String what) {
        if (!ok) {
            throw new AssertionError(r.name() + " code 0x" + Integer.toHexString(code) + " " + what);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRegistryRoundTripsEveryCodeOfItsWidth() {
        return each("every code round-trips", AllRegistriesTest::roundTripsEveryCode);
    }

    @TestFactory
    Stream<DynamicTest> everyRegistryNamesExactlyTheEntriesRegistered() {
        return each("named entries", r -> assertThat(r.registry().size()).as(r.name()).isEqualTo(r.named()));
    }

    @TestFactory
    Stream<DynamicTest> everyKnownValueIsInternedAndNamed() {
        return each("known values interned", AllRegistriesTest::knownValuesAreInterned);
    }

    private static <T extends RegistryValue> void knownValuesAreInterned(Reg<T> r) {
        for (T v : r.registry().known()) {
            assertThat(r.of().apply(v.code())).isSameAs(v);
            assertThat(v.name().get()).isNotBlank();
            assertThat(v.isKnown()).isTrue();
            // A freshly built value with the same code is equal, though not the same object.
            assertThat(r.construct().apply(v.code())).isEqualTo(v);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLookupFindsACodeExactlyWhenItIsRegistered() {
        return each("lookups agree with the entries", AllRegistriesTest::lookupsAgreeWithTheEntries);
    }

    // The registry's hashed lookup, checked against its own list of entries for every code tried.
    private static <T extends RegistryValue> void lookupsAgreeWithTheEntries(Reg<T> r) {
        java.util.Map<Integer, T> registered = new java.util.HashMap<>();
        for (T v : r.registry().known()) {
            registered.put(v.code(), v);
        }
        for (int code : codesToTry(r)) {
            T expected = registered.get(code);
            check(r.registry().isKnown(code) == (expected != null), r, code, "isKnown disagrees with the entries");
            check(r.registry().nameOf(code).isDefined() == (expected != null), r, code, "nameOf disagrees with the entries");
            check(expected == null || r.of().apply(code) == expected, r, code, "is not the registered value");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRegistryRejectsACodeWiderThanItsWidth() {
        return each("range check", r -> {
            int width = r.registry().width();
            assertThatThrownBy(() -> r.construct().apply(1 << (8 * width))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> r.construct().apply(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> r.of().apply(1 << (8 * width))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> r.of().apply(-1)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCodecPrintsAsItsTypeName() {
        return each("codec name", r -> assertThat(r.codec()).hasToString(r.name()));
    }

    @TestFactory
    Stream<DynamicTest> aTruncatedCodeIsReportedAsTruncated() {
        return each("truncated", r -> {
            int width = r.registry().width();
            assertThat(r.codec().decode(Bytes.zeros(width - 1)).getLeft())
                    .isInstanceOf(org.tlscodec.codec.CodecError.Truncated.class);
        });
    }

    @Test
    void theTotalOfNamedEntriesIsTheSumOfTheRegistries() {
        int total = ALL.map(r -> r.registry().size()).sum().intValue();
        assertThat(total).isEqualTo(ALL.map(Reg::named).sum().intValue());
        assertThat(ALL.map(Reg::name).distinct().size()).isEqualTo(ALL.size());
    }
}
