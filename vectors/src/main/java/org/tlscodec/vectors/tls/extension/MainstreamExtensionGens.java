package org.tlscodec.vectors.tls.extension;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.CertificateAuthoritiesExtension;
import org.tlscodec.tls.extension.CertificateCompressionAlgorithms;
import org.tlscodec.tls.extension.CertificateStatus;
import org.tlscodec.tls.extension.CertificateStatusOcsp;
import org.tlscodec.tls.extension.CertificateStatusRequest;
import org.tlscodec.tls.extension.CertificateStatusRequestItemV2;
import org.tlscodec.tls.extension.CertificateStatusRequestItemV2Ocsp;
import org.tlscodec.tls.extension.CertificateStatusRequestItemV2Unknown;
import org.tlscodec.tls.extension.CertificateStatusRequestListV2;
import org.tlscodec.tls.extension.CertificateStatusRequestOcsp;
import org.tlscodec.tls.extension.CertificateStatusRequestUnknown;
import org.tlscodec.tls.extension.CertificateStatusUnknown;
import org.tlscodec.tls.extension.CertificateTypeSelected;
import org.tlscodec.tls.extension.CertificateTypesClientHello;
import org.tlscodec.tls.extension.Cookie;
import org.tlscodec.tls.extension.ECPointFormatList;
import org.tlscodec.tls.extension.EarlyDataIndication;
import org.tlscodec.tls.extension.EmptyExtension;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.HeartbeatExtension;
import org.tlscodec.tls.extension.HostName;
import org.tlscodec.tls.extension.MaxFragmentLengthExtension;
import org.tlscodec.tls.extension.NamedGroupList;
import org.tlscodec.tls.extension.OIDFilter;
import org.tlscodec.tls.extension.OIDFilterExtension;
import org.tlscodec.tls.extension.OcspStatusRequest;
import org.tlscodec.tls.extension.OfferedPsks;
import org.tlscodec.tls.extension.Padding;
import org.tlscodec.tls.extension.PreSharedKeyServerHello;
import org.tlscodec.tls.extension.ProtocolNameList;
import org.tlscodec.tls.extension.PskIdentity;
import org.tlscodec.tls.extension.PskKeyExchangeModes;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.extension.SerializedSCT;
import org.tlscodec.tls.extension.ServerName;
import org.tlscodec.tls.extension.ServerNameList;
import org.tlscodec.tls.extension.SignatureSchemeList;
import org.tlscodec.tls.extension.SignedCertificateTimestamp;
import org.tlscodec.tls.extension.SignedCertificateTimestampList;
import org.tlscodec.tls.extension.SignedCertificateTimestampOtherVersion;
import org.tlscodec.tls.extension.UnknownServerName;
import org.tlscodec.tls.extension.UseSrtpData;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NameType;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Generators of the extensions declared in the codec's {@code MainstreamExtensions} catalog part,
 * one per structure, valid by construction: every bound of the RFC respected, unknown variants
 * only with codes that have no defined shape, and an entry that takes the rest of its list
 * (an unknown server_name type) only last.
 */
public final class MainstreamExtensionGens {
    private MainstreamExtensionGens() {
    }

    // ---- server_name (RFC 6066 section 3) ----

    public static Gen<HostName> hostName() {
        return Gen.bytes(1, 40).map(HostName::new);
    }

    public static Gen<UnknownServerName> unknownServerName() {
        return Gen.zipWith(RegistryGens.unknown(NameType.REGISTRY), Gen.bytes(0, 20), UnknownServerName::new);
    }

    public static Gen<ServerName> serverName() {
        return Gen.frequency(Tuple.of(3, hostName()), Tuple.of(1, unknownServerName()));
    }

    public static Gen<ServerNameList> serverNameList() {
        Gen<Vector<ServerName>> hosts = Gen.listOf(hostName(), 1, 3);
        return Gen.zipWith(hosts, Gen.frequency(Tuple.of(4, Gen.constant(Vector.<ServerName>empty())),
                        Tuple.of(1, unknownServerName().map(u -> Vector.<ServerName>of(u)))),
                (h, u) -> new ServerNameList(h.appendAll(u)));
    }

    // ---- status_request (RFC 6066 section 8) and status_request_v2 (RFC 6961) ----

    public static Gen<OcspStatusRequest> ocspStatusRequest() {
        return Gen.zipWith(Gen.listOf(Gen.bytes(1, 20), 0, 3), Gen.bytes(0, 16), OcspStatusRequest::new);
    }

    private static Gen<CertificateStatusType> statusTypeOtherThan(CertificateStatusType... defined) {
        Vector<CertificateStatusType> excluded = Vector.of(defined);
        return RegistryGens.certificateStatusType().filter(t -> !excluded.contains(t));
    }

    public static Gen<CertificateStatusRequest> certificateStatusRequest() {
        return Gen.frequency(
                Tuple.of(4, ocspStatusRequest().map(CertificateStatusRequestOcsp::new)),
                Tuple.of(1, Gen.zipWith(statusTypeOtherThan(CertificateStatusType.OCSP), Gen.bytes(0, 16),
                        CertificateStatusRequestUnknown::new)));
    }

    public static Gen<CertificateStatus> certificateStatus() {
        return Gen.frequency(
                Tuple.of(4, Gen.bytes(1, 80).map(CertificateStatusOcsp::new)),
                Tuple.of(1, Gen.zipWith(statusTypeOtherThan(CertificateStatusType.OCSP), Gen.bytes(0, 16),
                        CertificateStatusUnknown::new)));
    }

    public static Gen<CertificateStatusRequestItemV2> certificateStatusRequestItemV2() {
        return Gen.frequency(
                Tuple.of(4, Gen.zipWith(Gen.oneOfValues(CertificateStatusType.OCSP, CertificateStatusType.OCSP_MULTI),
                        ocspStatusRequest(), CertificateStatusRequestItemV2Ocsp::new)),
                Tuple.of(1, Gen.zipWith(statusTypeOtherThan(CertificateStatusType.OCSP, CertificateStatusType.OCSP_MULTI),
                        Gen.bytes(0, 16), CertificateStatusRequestItemV2Unknown::new)));
    }

    public static Gen<CertificateStatusRequestListV2> certificateStatusRequestListV2() {
        return Gen.listOf(certificateStatusRequestItemV2(), 1, 3).map(CertificateStatusRequestListV2::new);
    }

    // ---- signed_certificate_timestamp (RFC 6962 section 3.3) ----

    public static Gen<SignedCertificateTimestamp> signedCertificateTimestamp() {
        return Gen.zipWith(
                Gen.zip(Gen.bytes(32), Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), Gen.bytes(0, 8)),
                Gen.zip(RegistryGens.signatureScheme(), Gen.bytes(0, 72)),
                (a, b) -> new SignedCertificateTimestamp(a._1, a._2, a._3, b._1, b._2));
    }

    public static Gen<SignedCertificateTimestampOtherVersion> signedCertificateTimestampOtherVersion() {
        return Gen.zipWith(Gen.ints(1, 255), Gen.bytes(0, 24), SignedCertificateTimestampOtherVersion::new);
    }

    public static Gen<SerializedSCT> serializedSct() {
        return Gen.frequency(Tuple.of(4, signedCertificateTimestamp()), Tuple.of(1, signedCertificateTimestampOtherVersion()));
    }

    public static Gen<SignedCertificateTimestampList> signedCertificateTimestampList() {
        return Gen.listOf(serializedSct(), 1, 3).map(SignedCertificateTimestampList::new);
    }

    // ---- pre_shared_key (RFC 8446 section 4.2.11) ----

    public static Gen<PskIdentity> pskIdentity() {
        return Gen.zipWith(Gen.bytes(1, 48), Gen.longs(0, 0xffffffffL), PskIdentity::new);
    }

    /** As many binders as identities, as a client sends them; binders 32 to 64 bytes (SHA-256 to SHA-512). */
    public static Gen<OfferedPsks> offeredPsks() {
        return Gen.ints(1, 3).flatMap(n -> Gen.zipWith(
                Gen.listOf(pskIdentity(), n, n), Gen.listOf(Gen.bytes(32, 64), n, n), OfferedPsks::new));
    }

    // ---- the rest ----

    public static Gen<OIDFilter> oidFilter() {
        return Gen.zipWith(Gen.bytes(1, 12), Gen.bytes(0, 24), OIDFilter::new);
    }

    public static Gen<Padding> padding() {
        return Gen.frequency(Tuple.of(3, Gen.ints(0, 64).map(Padding::zeros)), Tuple.of(1, Gen.bytes(0, 16).map(Padding::new)));
    }

    public static Gen<SignatureSchemeList> signatureSchemeList(ExtensionType type) {
        return Gen.listOf(RegistryGens.signatureScheme(), 1, 10).map(v -> new SignatureSchemeList(type, v));
    }

    public static Gen<CertificateTypesClientHello> certificateTypesClientHello(ExtensionType type) {
        return Gen.listOf(RegistryGens.certificateType(), 1, 4).map(v -> new CertificateTypesClientHello(type, v));
    }

    public static Gen<CertificateTypeSelected> certificateTypeSelected(ExtensionType type) {
        return RegistryGens.certificateType().map(t -> new CertificateTypeSelected(type, t));
    }

    public static Gen<MaxFragmentLengthExtension> maxFragmentLength() {
        return RegistryGens.maxFragmentLength().map(MaxFragmentLengthExtension::new);
    }

    public static Gen<NamedGroupList> namedGroupList() {
        return Gen.listOf(RegistryGens.namedGroup(), 1, 8).map(NamedGroupList::new);
    }

    public static Gen<ECPointFormatList> ecPointFormatList() {
        return Gen.listOf(RegistryGens.ecPointFormat(), 1, 4).map(ECPointFormatList::new);
    }

    public static Gen<UseSrtpData> useSrtpData() {
        return Gen.zipWith(Gen.listOf(RegistryGens.srtpProtectionProfile(), 1, 4), Gen.bytes(0, 8), UseSrtpData::new);
    }

    public static Gen<HeartbeatExtension> heartbeat() {
        return RegistryGens.heartbeatMode().map(HeartbeatExtension::new);
    }

    public static Gen<ProtocolNameList> protocolNameList() {
        return Gen.listOf(Gen.bytes(1, 16), 1, 4).map(ProtocolNameList::new);
    }

    public static Gen<PreSharedKeyServerHello> preSharedKeyServerHello() {
        return Gen.ints(0, 0xffff).map(PreSharedKeyServerHello::new);
    }

    public static Gen<EarlyDataIndication> earlyDataIndication() {
        return Gen.longs(0, 0xffffffffL).map(EarlyDataIndication::new);
    }

    public static Gen<Cookie> cookie() {
        return Gen.bytes(1, 64).map(Cookie::new);
    }

    public static Gen<PskKeyExchangeModes> pskKeyExchangeModes() {
        return Gen.listOf(RegistryGens.pskKeyExchangeMode(), 1, 3).map(PskKeyExchangeModes::new);
    }

    public static Gen<CertificateAuthoritiesExtension> certificateAuthorities() {
        return Gen.listOf(Gen.bytes(1, 40), 1, 3).map(CertificateAuthoritiesExtension::new);
    }

    public static Gen<OIDFilterExtension> oidFilters() {
        return Gen.listOf(oidFilter(), 0, 3).map(OIDFilterExtension::new);
    }

    public static Gen<RecordSizeLimit> recordSizeLimit() {
        return Gen.ints(0, 0xffff).map(RecordSizeLimit::new);
    }

    public static Gen<CertificateCompressionAlgorithms> certificateCompressionAlgorithms() {
        return Gen.listOf(RegistryGens.certificateCompressionAlgorithm(), 1, 4).map(CertificateCompressionAlgorithms::new);
    }

    private static Gen<Extension> empty(ExtensionType type) {
        return Gen.constant(new EmptyExtension(type));
    }

    @SafeVarargs
    private static Vector<Gen<Extension>> gens(Gen<? extends Extension>... gens) {
        return Vector.of(gens).map(g -> g.map(e -> (Extension) e));
    }

    static Vector<Gen<Extension>> forContext(ExtensionContext context) {
        switch (context) {
            case CLIENT_HELLO:
                return gens(serverNameList(), maxFragmentLength(), certificateStatusRequest(), namedGroupList(),
                        ecPointFormatList(), signatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS),
                        signatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS_CERT), useSrtpData(), heartbeat(),
                        protocolNameList(), certificateStatusRequestListV2(), empty(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP),
                        certificateTypesClientHello(ExtensionType.CLIENT_CERTIFICATE_TYPE),
                        certificateTypesClientHello(ExtensionType.SERVER_CERTIFICATE_TYPE), padding(), offeredPsks(),
                        empty(ExtensionType.EARLY_DATA), cookie(), pskKeyExchangeModes(), certificateAuthorities(),
                        empty(ExtensionType.POST_HANDSHAKE_AUTH), recordSizeLimit(), certificateCompressionAlgorithms());
            case SERVER_HELLO:
                return gens(empty(ExtensionType.SERVER_NAME), maxFragmentLength(), empty(ExtensionType.STATUS_REQUEST),
                        ecPointFormatList(), useSrtpData(), heartbeat(), protocolNameList(),
                        empty(ExtensionType.STATUS_REQUEST_V2), signedCertificateTimestampList(),
                        certificateTypeSelected(ExtensionType.CLIENT_CERTIFICATE_TYPE),
                        certificateTypeSelected(ExtensionType.SERVER_CERTIFICATE_TYPE), preSharedKeyServerHello(),
                        recordSizeLimit());
            case HELLO_RETRY_REQUEST:
                return gens(cookie());
            case ENCRYPTED_EXTENSIONS:
                return gens(empty(ExtensionType.SERVER_NAME), maxFragmentLength(), namedGroupList(), useSrtpData(),
                        heartbeat(), protocolNameList(), certificateTypeSelected(ExtensionType.CLIENT_CERTIFICATE_TYPE),
                        certificateTypeSelected(ExtensionType.SERVER_CERTIFICATE_TYPE), empty(ExtensionType.EARLY_DATA),
                        recordSizeLimit());
            case CERTIFICATE:
                return gens(certificateStatus(), signedCertificateTimestampList());
            case CERTIFICATE_REQUEST:
                return gens(certificateStatusRequest(), signatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS),
                        signatureSchemeList(ExtensionType.SIGNATURE_ALGORITHMS_CERT),
                        empty(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP), certificateAuthorities(), oidFilters(),
                        certificateCompressionAlgorithms());
            case NEW_SESSION_TICKET:
                return gens(earlyDataIndication());
            default:
                return Vector.empty();
        }
    }
}
