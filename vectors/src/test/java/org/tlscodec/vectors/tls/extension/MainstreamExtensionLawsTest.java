package org.tlscodec.vectors.tls.extension;

import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.tls.extension.CertificateAuthoritiesExtension;
import org.tlscodec.tls.extension.CertificateCompressionAlgorithms;
import org.tlscodec.tls.extension.CertificateStatus;
import org.tlscodec.tls.extension.CertificateStatusRequest;
import org.tlscodec.tls.extension.CertificateStatusRequestItemV2;
import org.tlscodec.tls.extension.CertificateStatusRequestListV2;
import org.tlscodec.tls.extension.CertificateTypeSelected;
import org.tlscodec.tls.extension.CertificateTypesClientHello;
import org.tlscodec.tls.extension.Cookie;
import org.tlscodec.tls.extension.ECPointFormatList;
import org.tlscodec.tls.extension.EarlyDataIndication;
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
import org.tlscodec.tls.extension.UseSrtpData;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.vectors.laws.CodecLaws;

/**
 * The codec laws for every structure of the mainstream extensions, from their generators. The
 * codecs that read to the end of their region (padding, an unknown server_name type, an unknown
 * status_type, an SCT of another version) are not self-delimiting, so the prefix law is left out
 * for them; inside their length-prefixed extension_data the extension list laws still cover it.
 */
class MainstreamExtensionLawsTest {

    private static Vector<CodecLaws<?>> structures() {
        ExtensionType sigAlgs = ExtensionType.SIGNATURE_ALGORITHMS;
        ExtensionType sigAlgsCert = ExtensionType.SIGNATURE_ALGORITHMS_CERT;
        ExtensionType clientType = ExtensionType.CLIENT_CERTIFICATE_TYPE;
        ExtensionType serverType = ExtensionType.SERVER_CERTIFICATE_TYPE;
        return Vector.of(
                CodecLaws.of("HostName", HostName.CODEC, MainstreamExtensionGens.hostName()),
                CodecLaws.of("ServerName", ServerName.CODEC, MainstreamExtensionGens.serverName()).notSelfDelimiting(),
                CodecLaws.of("ServerNameList", ServerNameList.CODEC, MainstreamExtensionGens.serverNameList()),
                CodecLaws.of("MaxFragmentLength", MaxFragmentLengthExtension.CODEC, MainstreamExtensionGens.maxFragmentLength()),
                CodecLaws.of("OCSPStatusRequest", OcspStatusRequest.CODEC, MainstreamExtensionGens.ocspStatusRequest()),
                CodecLaws.of("CertificateStatusRequest", CertificateStatusRequest.CODEC,
                        MainstreamExtensionGens.certificateStatusRequest()).notSelfDelimiting(),
                CodecLaws.of("CertificateStatus", CertificateStatus.CODEC, MainstreamExtensionGens.certificateStatus())
                        .notSelfDelimiting(),
                CodecLaws.of("CertificateStatusRequestItemV2", CertificateStatusRequestItemV2.CODEC,
                        MainstreamExtensionGens.certificateStatusRequestItemV2()),
                CodecLaws.of("CertificateStatusRequestListV2", CertificateStatusRequestListV2.CODEC,
                        MainstreamExtensionGens.certificateStatusRequestListV2()),
                CodecLaws.of("NamedGroupList", NamedGroupList.CODEC, MainstreamExtensionGens.namedGroupList()),
                CodecLaws.of("ECPointFormatList", ECPointFormatList.CODEC, MainstreamExtensionGens.ecPointFormatList()),
                CodecLaws.of("SignatureSchemeList (signature_algorithms)", SignatureSchemeList.codecFor(sigAlgs),
                        MainstreamExtensionGens.signatureSchemeList(sigAlgs)),
                CodecLaws.of("SignatureSchemeList (signature_algorithms_cert)", SignatureSchemeList.codecFor(sigAlgsCert),
                        MainstreamExtensionGens.signatureSchemeList(sigAlgsCert)),
                CodecLaws.of("UseSRTPData", UseSrtpData.CODEC, MainstreamExtensionGens.useSrtpData()),
                CodecLaws.of("HeartbeatExtension", HeartbeatExtension.CODEC, MainstreamExtensionGens.heartbeat()),
                CodecLaws.of("ProtocolNameList", ProtocolNameList.CODEC, MainstreamExtensionGens.protocolNameList()),
                CodecLaws.of("SignedCertificateTimestamp", SignedCertificateTimestamp.CODEC,
                        MainstreamExtensionGens.signedCertificateTimestamp()),
                CodecLaws.of("SignedCertificateTimestamp of another version", SignedCertificateTimestampOtherVersion.CODEC,
                        MainstreamExtensionGens.signedCertificateTimestampOtherVersion()).notSelfDelimiting(),
                CodecLaws.of("SerializedSCT", SerializedSCT.CODEC, MainstreamExtensionGens.serializedSct()),
                CodecLaws.of("SignedCertificateTimestampList", SignedCertificateTimestampList.CODEC,
                        MainstreamExtensionGens.signedCertificateTimestampList()),
                CodecLaws.of("client_certificate_types", CertificateTypesClientHello.codecFor(clientType),
                        MainstreamExtensionGens.certificateTypesClientHello(clientType)),
                CodecLaws.of("server_certificate_types", CertificateTypesClientHello.codecFor(serverType),
                        MainstreamExtensionGens.certificateTypesClientHello(serverType)),
                CodecLaws.of("client_certificate_type", CertificateTypeSelected.codecFor(clientType),
                        MainstreamExtensionGens.certificateTypeSelected(clientType)),
                CodecLaws.of("server_certificate_type", CertificateTypeSelected.codecFor(serverType),
                        MainstreamExtensionGens.certificateTypeSelected(serverType)),
                CodecLaws.of("padding", Padding.CODEC, MainstreamExtensionGens.padding()).notSelfDelimiting(),
                CodecLaws.of("PskIdentity", PskIdentity.CODEC, MainstreamExtensionGens.pskIdentity()),
                CodecLaws.of("OfferedPsks", OfferedPsks.CODEC, MainstreamExtensionGens.offeredPsks()),
                CodecLaws.of("pre_shared_key (ServerHello)", PreSharedKeyServerHello.CODEC,
                        MainstreamExtensionGens.preSharedKeyServerHello()),
                CodecLaws.of("EarlyDataIndication", EarlyDataIndication.CODEC, MainstreamExtensionGens.earlyDataIndication()),
                CodecLaws.of("Cookie", Cookie.CODEC, MainstreamExtensionGens.cookie()),
                CodecLaws.of("PskKeyExchangeModes", PskKeyExchangeModes.CODEC, MainstreamExtensionGens.pskKeyExchangeModes()),
                CodecLaws.of("CertificateAuthoritiesExtension", CertificateAuthoritiesExtension.CODEC,
                        MainstreamExtensionGens.certificateAuthorities()),
                CodecLaws.of("OIDFilter", OIDFilter.CODEC, MainstreamExtensionGens.oidFilter()),
                CodecLaws.of("OIDFilterExtension", OIDFilterExtension.CODEC, MainstreamExtensionGens.oidFilters()),
                CodecLaws.of("RecordSizeLimit", RecordSizeLimit.CODEC, MainstreamExtensionGens.recordSizeLimit()),
                CodecLaws.of("CertificateCompressionAlgorithms", CertificateCompressionAlgorithms.CODEC,
                        MainstreamExtensionGens.certificateCompressionAlgorithms()));
    }

    @TestFactory
    Stream<DynamicTest> everyMainstreamStructureKeepsTheLaws() {
        return structures().toJavaStream()
                .flatMap(laws -> laws.laws().toJavaStream())
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
