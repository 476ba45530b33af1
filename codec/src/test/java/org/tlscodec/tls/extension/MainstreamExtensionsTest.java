package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE;
import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlscodec.tls.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlscodec.tls.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlscodec.tls.extension.ExtensionContext.SERVER_HELLO;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.CertificateCompressionAlgorithm;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.HeartbeatMode;
import org.tlscodec.tls.registry.MaxFragmentLength;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.PskKeyExchangeMode;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.tls.registry.SrtpProtectionProfile;

/** The catalog rows of the mainstream extensions and the simple shapes, on hand-made bytes. */
class MainstreamExtensionsTest {

    private static Extension decode(ExtensionContext context, String hex) {
        return Extensions.extension(context).decode(Bytes.fromHex(hex))
                .getOrElseThrow(e -> new AssertionError(e.describe()));
    }

    private static Bytes encode(ExtensionContext context, Extension e) {
        return Extensions.extension(context).encode(e).getOrElseThrow(err -> new AssertionError(err.describe()));
    }

    private static CodecError fails(ExtensionContext context, String hex) {
        return Extensions.extension(context).decode(Bytes.fromHex(hex)).getLeft();
    }

    private static Tuple2<ExtensionType, Set<ExtensionContext>> row(ExtensionType type, ExtensionContext... contexts) {
        return Tuple.of(type, HashSet.of(contexts));
    }

    @Test
    void eachMainstreamTypeIsDefinedInTheMessagesOfTheRfc8446TableAndTheTls12Rfcs() {
        Vector<Tuple2<ExtensionType, Set<ExtensionContext>>> table = Vector.of(
                row(ExtensionType.SERVER_NAME, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.MAX_FRAGMENT_LENGTH, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.STATUS_REQUEST, CLIENT_HELLO, SERVER_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
                row(ExtensionType.SUPPORTED_GROUPS, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.EC_POINT_FORMATS, CLIENT_HELLO, SERVER_HELLO),
                row(ExtensionType.SIGNATURE_ALGORITHMS, CLIENT_HELLO, CERTIFICATE_REQUEST),
                row(ExtensionType.SIGNATURE_ALGORITHMS_CERT, CLIENT_HELLO, CERTIFICATE_REQUEST),
                row(ExtensionType.USE_SRTP, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.HEARTBEAT, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.STATUS_REQUEST_V2, CLIENT_HELLO, SERVER_HELLO),
                row(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, CLIENT_HELLO, SERVER_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
                row(ExtensionType.CLIENT_CERTIFICATE_TYPE, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.SERVER_CERTIFICATE_TYPE, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.PADDING, CLIENT_HELLO),
                row(ExtensionType.PRE_SHARED_KEY, CLIENT_HELLO, SERVER_HELLO),
                row(ExtensionType.EARLY_DATA, CLIENT_HELLO, ENCRYPTED_EXTENSIONS, NEW_SESSION_TICKET),
                row(ExtensionType.COOKIE, CLIENT_HELLO, HELLO_RETRY_REQUEST),
                row(ExtensionType.PSK_KEY_EXCHANGE_MODES, CLIENT_HELLO),
                row(ExtensionType.CERTIFICATE_AUTHORITIES, CLIENT_HELLO, CERTIFICATE_REQUEST),
                row(ExtensionType.OID_FILTERS, CERTIFICATE_REQUEST),
                row(ExtensionType.POST_HANDSHAKE_AUTH, CLIENT_HELLO),
                row(ExtensionType.RECORD_SIZE_LIMIT, CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
                row(ExtensionType.COMPRESS_CERTIFICATE, CLIENT_HELLO, CERTIFICATE_REQUEST));
        for (Tuple2<ExtensionType, Set<ExtensionContext>> r : table) {
            for (ExtensionContext c : ExtensionContext.values()) {
                assertThat(Extensions.definition(r._1, c).isDefined())
                        .as("%s in %s", r._1, c.column())
                        .isEqualTo(r._2.contains(c));
            }
        }
    }

    @Test
    void theOneValueExtensionsReadTheirValueAndWriteTheSameBytes() {
        Vector<Tuple2<String, Extension>> cases = Vector.of(
                Tuple.of("0001000104", new MaxFragmentLengthExtension(MaxFragmentLength.of(4))),
                Tuple.of("000f000101", new HeartbeatExtension(HeartbeatMode.of(1))),
                Tuple.of("001c00024001", new RecordSizeLimit(0x4001)),
                Tuple.of("001300020102", new CertificateTypesClientHello(ExtensionType.CLIENT_CERTIFICATE_TYPE,
                        Vector.of(CertificateType.of(2)))),
                Tuple.of("002d00020101", new PskKeyExchangeModes(Vector.of(PskKeyExchangeMode.of(1)))),
                Tuple.of("001b00050400010002", new CertificateCompressionAlgorithms(Vector.of(
                        CertificateCompressionAlgorithm.of(1), CertificateCompressionAlgorithm.of(2)))),
                Tuple.of("000b000403000102", new ECPointFormatList(Vector.of(ECPointFormat.of(0), ECPointFormat.of(1), ECPointFormat.of(2)))),
                Tuple.of("000a00060004001d0017", new NamedGroupList(Vector.of(NamedGroup.X25519, NamedGroup.SECP256R1))),
                Tuple.of("000e0007000400010002" + "00", new UseSrtpData(Vector.of(SrtpProtectionProfile.of(1), SrtpProtectionProfile.of(2)), Bytes.empty())),
                Tuple.of("0032000400020403", SignatureSchemeList.signatureAlgorithmsCert(Vector.of(SignatureScheme.of(0x0403)))),
                Tuple.of("002c0003000199", new Cookie(Bytes.fromHex("99"))));
        for (Tuple2<String, Extension> c : cases) {
            assertThat(decode(CLIENT_HELLO, c._1)).as(c._1).isEqualTo(c._2);
            assertThat(encode(CLIENT_HELLO, c._2).hex()).isEqualTo(c._1);
        }
    }

    @Test
    void theServersCertificateTypeIsOneTypeNotAList() {
        assertThat(decode(SERVER_HELLO, "0014000102"))
                .isEqualTo(new CertificateTypeSelected(ExtensionType.SERVER_CERTIFICATE_TYPE, CertificateType.of(2)));
        assertThat(decode(ENCRYPTED_EXTENSIONS, "0013000100"))
                .isEqualTo(new CertificateTypeSelected(ExtensionType.CLIENT_CERTIFICATE_TYPE, CertificateType.of(0)));
    }

    @Test
    void signatureAlgorithmsNeedsAtLeastOneSchemeAndWholeSchemes() {
        assertThat(fails(CLIENT_HELLO, "000d00020000")).isInstanceOf(CodecError.LengthOutOfRange.class);
        CodecError odd = fails(CLIENT_HELLO, "000d0005000304030b");
        assertThat(odd.path().toString()).startsWith("signature_algorithms.supported_signature_algorithms");
    }

    @Test
    void alpnKeepsTheNamesAndRefusesAnEmptyName() {
        Extension e = decode(CLIENT_HELLO, "0010000e000c02683208687474702f312e31");
        assertThat(((ProtocolNameList) e).names()).containsExactly("h2", "http/1.1");
        assertThat(ProtocolNameList.ofNames("h2", "http/1.1")).isEqualTo(e);
        CodecError empty = fails(CLIENT_HELLO, "001000050003000168");
        assertThat(empty).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(empty.path().toString()).isEqualTo("application_layer_protocol_negotiation.protocol_name_list[0]");
    }

    @Test
    void certificateAuthoritiesKeepTheDerNamesAndOidFiltersMayBeEmpty() {
        Extension ca = decode(CERTIFICATE_REQUEST, "002f0007000500033001ff");
        assertThat(ca).isEqualTo(new CertificateAuthoritiesExtension(Vector.of(Bytes.fromHex("3001ff"))));
        assertThat(decode(CERTIFICATE_REQUEST, "003000020000")).isEqualTo(new OIDFilterExtension(Vector.empty()));
        Extension filter = decode(CERTIFICATE_REQUEST, "0030000d000b" + "03551d25" + "0005300306012b");
        assertThat(filter).isEqualTo(new OIDFilterExtension(Vector.of(
                new OIDFilter(Bytes.fromHex("551d25"), Bytes.fromHex("300306012b")))));
    }

    @Test
    void earlyDataIsEmptyInHellosAndAMaximumSizeInATicket() {
        assertThat(decode(CLIENT_HELLO, "002a0000")).isEqualTo(new EmptyExtension(ExtensionType.EARLY_DATA));
        assertThat(decode(NEW_SESSION_TICKET, "002a0004ffffffff")).isEqualTo(new EarlyDataIndication(0xffffffffL));
        assertThat(fails(ENCRYPTED_EXTENSIONS, "002a000400000400")).isInstanceOf(CodecError.TrailingBytes.class);
    }
}
