package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.IdentifierType;
import org.tlscodec.tls.registry.VersionedTransType;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.AuthorizationDataFormat;
import org.tlscodec.tls.registry.CachedInformationType;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.tls.registry.TokenBindingKeyParameters;
import org.tlscodec.tls.registry.UserMappingType;

/** The specialist extensions on hand-made bytes: each decodes typed in its messages and re-encodes exactly. */
class SpecialistExtensionsTest {
    private static final String SHA1 = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3";

    private static Extension roundTrip(ExtensionContext context, String hex) {
        Bytes bytes = Bytes.fromHex(hex);
        Extension e = Extensions.extension(context).decode(bytes).getOrElseThrow(err -> new AssertionError(err.describe()));
        assertThat(Extensions.extension(context).encode(e).get()).isEqualTo(bytes);
        return e;
    }

    @Test
    void trustedCaKeysReadsEveryIdentifierType() {
        String list = "00" + "01" + SHA1 + "02" + "0003" + "300100" + "03" + SHA1;
        Extension e = roundTrip(ExtensionContext.CLIENT_HELLO, "0003" + String.format("%04x", list.length() / 2 + 2)
                + String.format("%04x", list.length() / 2) + list);
        assertThat(((TrustedCaKeysClientHello) e).trustedAuthoritiesList()).containsExactly(
                TrustedAuthority.preAgreed(),
                TrustedAuthority.keySha1Hash(Bytes.fromHex(SHA1)),
                TrustedAuthority.x509Name(Bytes.fromHex("300100")),
                TrustedAuthority.certSha1Hash(Bytes.fromHex(SHA1)));
    }

    @Test
    void trustedCaKeysWithAnUnknownIdentifierTypeKeepsTheRestOfTheListInIt() {
        Extension e = roundTrip(ExtensionContext.CLIENT_HELLO, "0003" + "0007" + "0005" + "00" + "07" + "aabb" + "00");
        assertThat(((TrustedCaKeysClientHello) e).trustedAuthoritiesList()).containsExactly(
                TrustedAuthority.preAgreed(), new TrustedAuthority(IdentifierType.of(7), Bytes.fromHex("aabb00")));
    }

    @Test
    void aShortSha1HashOverrunsTheListAndIsReportedByField() {
        CodecError e = TrustedCaKeysClientHello.CODEC.decode(Bytes.fromHex("0014" + "01" + SHA1.substring(2))).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.path()).hasToString("trusted_authorities_list[0].identifier");
        CodecError emptyName = TrustedCaKeysClientHello.CODEC.decode(Bytes.fromHex("0003" + "02" + "0000")).getLeft();
        assertThat(emptyName).isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void trustedCaKeysInServerHelloIsEmpty() {
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00030000")).isEqualTo(new EmptyExtension(ExtensionType.TRUSTED_CA_KEYS));
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("0003000100")).isLeft()).isTrue();
    }

    @Test
    void flagExtensionsAreEmptyInBothHellos() {
        for (ExtensionContext c : new ExtensionContext[] {ExtensionContext.CLIENT_HELLO, ExtensionContext.SERVER_HELLO}) {
            assertThat(roundTrip(c, "00020000")).isEqualTo(new EmptyExtension(ExtensionType.CLIENT_CERTIFICATE_URL));
            assertThat(roundTrip(c, "00040000")).isEqualTo(new EmptyExtension(ExtensionType.TRUNCATED_HMAC));
            assertThat(roundTrip(c, "00160000")).isEqualTo(new EmptyExtension(ExtensionType.ENCRYPT_THEN_MAC));
            assertThat(roundTrip(c, "00170000")).isEqualTo(new EmptyExtension(ExtensionType.EXTENDED_MASTER_SECRET));
        }
    }

    @Test
    void listsOfFormatsAndTypesDecodeInBothHellos() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00060002" + "0140"))
                .isEqualTo(new UserMappingTypeList(Vector.of(UserMappingType.UPN_DOMAIN_HINT)));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00070003" + "020001"))
                .isEqualTo(new AuthzDataFormats(ExtensionType.CLIENT_AUTHZ,
                        Vector.of(AuthorizationDataFormat.X509_ATTR_CERT, AuthorizationDataFormat.SAML_ASSERTION)));
        Extension serverAuthz = roundTrip(ExtensionContext.CLIENT_HELLO, "00080002" + "0142");
        assertThat(serverAuthz.type()).isEqualTo(ExtensionType.SERVER_AUTHZ);
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("0006000100")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void certTypeIsAListFromTheClientAndOneTypeFromTheServer() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00090003" + "020100"))
                .isEqualTo(new CertTypeClientHello(Vector.of(CertificateType.OPEN_PGP, CertificateType.X509)));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "0009000101")).isEqualTo(new CertTypeServerHello(CertificateType.OPEN_PGP));
    }

    @Test
    void srpCarriesTheUserName() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "000c0006" + "05" + Bytes.utf8("alice").hex()))
                .isEqualTo(new SrpClientHello(Bytes.utf8("alice")));
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("000c000100")).isLeft()).isTrue();
    }

    @Test
    void tokenBindingCarriesVersionAndKeyParameters() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00180004" + "0100" + "0102"))
                .isEqualTo(new TokenBindingParameters(new TbProtocolVersion(1, 0), Vector.of(TokenBindingKeyParameters.ECDSAP256)));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00180005" + "000d" + "020201").type()).isEqualTo(ExtensionType.TOKEN_BINDING);
    }

    @Test
    void cachedInfoHasHashesFromTheClientAndTypesAloneFromTheServer() {
        CodecError emptyHash = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("0019000400020100")).getLeft();
        assertThat(emptyHash).isInstanceOf(CodecError.LengthOutOfRange.class);
        Extension ch = roundTrip(ExtensionContext.CLIENT_HELLO, "00190008" + "0006" + "0104" + "11223344");
        assertThat(ch).isEqualTo(new CachedInfoClientHello(Vector.of(new CachedObject(CachedInformationType.CERT, Bytes.fromHex("11223344")))));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00190004" + "0002" + "0102"))
                .isEqualTo(new CachedInfoServerHello(Vector.of(CachedInformationType.CERT, CachedInformationType.CERT_REQ)));
    }

    @Test
    void delegatedCredentialIsASchemeListInRequestsAndTheCredentialInACertificate() {
        for (ExtensionContext c : new ExtensionContext[] {ExtensionContext.CLIENT_HELLO, ExtensionContext.CERTIFICATE_REQUEST}) {
            assertThat(roundTrip(c, "00220006" + "0004" + "04030807"))
                    .isEqualTo(new DelegatedCredentialRequest(Vector.of(SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ED25519)));
        }
        String dc = "00093a80" + "0403" + "000003" + "300100" + "0807" + "0002" + "abcd";
        Extension e = roundTrip(ExtensionContext.CERTIFICATE, "0022" + String.format("%04x", dc.length() / 2) + dc);
        assertThat(e).isEqualTo(new DelegatedCredential(
                new Credential(604_800L, SignatureScheme.ECDSA_SECP256R1_SHA256, Bytes.fromHex("300100")),
                SignatureScheme.ED25519, Bytes.fromHex("abcd")));
    }

    @Test
    void sessionTicketIsTheWholeDataInClientHelloAndEmptyInServerHello() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00230000")).isEqualTo(new SessionTicketClientHello(Bytes.empty()));
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00230003aabbcc")).isEqualTo(new SessionTicketClientHello(Bytes.fromHex("aabbcc")));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00230000")).isEqualTo(new EmptyExtension(ExtensionType.SESSION_TICKET));
    }

    @Test
    void transparencyInfoIsEmptyFromTheClientAndTransItemsFromTheServer() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00340000")).isEqualTo(new EmptyExtension(ExtensionType.TRANSPARENCY_INFO));
        TransItemList expected = new TransItemList(Vector.of(new TransItem(VersionedTransType.X509_SCT_V2, Bytes.fromHex("aabbcc"))));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00340009" + "0007" + "0005" + "0102" + "aabbcc")).isEqualTo(expected);
        assertThat(roundTrip(ExtensionContext.CERTIFICATE, "00340009" + "0007" + "0005" + "0102" + "aabbcc")).isEqualTo(expected);
    }

    @Test
    void connectionIdsKeepTheirCodeAndMayBeEmpty() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00360001" + "00")).isEqualTo(new ConnectionId(ExtensionType.CONNECTION_ID, Bytes.empty()));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "00350003" + "02abcd"))
                .isEqualTo(new ConnectionId(ExtensionType.CONNECTION_ID_DEPRECATED, Bytes.fromHex("abcd")));
    }

    @Test
    void externalIdHashIsARequestFromTheClientAndTheHashFromTheServer() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00370000")).isEqualTo(new EmptyExtension(ExtensionType.EXTERNAL_ID_HASH));
        String hash = "20" + "00".repeat(32);
        assertThat(roundTrip(ExtensionContext.ENCRYPTED_EXTENSIONS, "00370021" + hash)).isEqualTo(new ExternalIdHash(Bytes.zeros(32)));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "0037000100")).isEqualTo(new ExternalIdHash(Bytes.empty()));
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("00370022" + "21" + "00".repeat(33))).isLeft()).isTrue();
    }

    @Test
    void externalSessionIdIsAtLeastTwentyBytes() {
        String id = "14" + "ab".repeat(20);
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "00380015" + id)).isEqualTo(new ExternalSessionId(Bytes.fromHex("ab".repeat(20))));
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("00380014" + "13" + "ab".repeat(19))).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void ticketRequestHasTwoCountsFromTheClientAndOneFromTheServer() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "003a00020201")).isEqualTo(new ClientTicketRequest(2, 1));
        assertThat(roundTrip(ExtensionContext.ENCRYPTED_EXTENSIONS, "003a000103")).isEqualTo(new ServerTicketRequestHint(3));
    }

    @Test
    void npnIsEmptyFromTheClientAndUnprefixedProtocolsFromTheServer() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "33740000")).isEqualTo(new EmptyExtension(ExtensionType.NEXT_PROTOCOL_NEGOTIATION));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "3374000c" + "02" + "6832" + "08" + Bytes.utf8("http/1.1").hex()))
                .isEqualTo(new NextProtocolNegotiationServerHello(Vector.of(Bytes.utf8("h2"), Bytes.utf8("http/1.1"))));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "33740000")).isEqualTo(new NextProtocolNegotiationServerHello(Vector.empty()));
        CodecError e = Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("33740003" + "05" + "6832")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.path()).hasToString("next_protocol_negotiation.protocols[0]");
    }

    @Test
    void renegotiationInfoIsEmptyOnAFirstHandshakeAndVerifyDataAfter() {
        assertThat(roundTrip(ExtensionContext.CLIENT_HELLO, "ff01000100")).isEqualTo(new RenegotiationInfo(Bytes.empty()));
        assertThat(roundTrip(ExtensionContext.SERVER_HELLO, "ff01000d0c" + "11".repeat(12)))
                .isEqualTo(new RenegotiationInfo(Bytes.fromHex("11".repeat(12))));
    }

    @Test
    void applicationSettingsKeepsWhichOfItsTwoCodesItCameWith() {
        Extension old = roundTrip(ExtensionContext.CLIENT_HELLO, "44690005" + "0003" + "026832");
        assertThat(old).isEqualTo(new ApplicationSettingsClientHello(ExtensionType.APPLICATION_SETTINGS, Vector.of(Bytes.utf8("h2"))));
        Extension fresh = roundTrip(ExtensionContext.CLIENT_HELLO, "44cd0005" + "0003" + "026832");
        assertThat(fresh).isEqualTo(new ApplicationSettingsClientHello(ExtensionType.APPLICATION_SETTINGS_NEW, Vector.of(Bytes.utf8("h2"))));
        assertThat(roundTrip(ExtensionContext.ENCRYPTED_EXTENSIONS, "44cd0003" + "000000"))
                .isEqualTo(new ApplicationSettingsEncryptedExtensions(ExtensionType.APPLICATION_SETTINGS_NEW, Bytes.fromHex("000000")));
    }

    @Test
    void tlsFlagsKeepTheirBytesInEveryMessage() {
        for (ExtensionContext c : new ExtensionContext[] {ExtensionContext.CLIENT_HELLO, ExtensionContext.SERVER_HELLO,
                ExtensionContext.ENCRYPTED_EXTENSIONS, ExtensionContext.CERTIFICATE_REQUEST, ExtensionContext.CERTIFICATE,
                ExtensionContext.NEW_SESSION_TICKET}) {
            assertThat(roundTrip(c, "003e0003" + "02" + "0180")).isEqualTo(new TlsFlags(Bytes.fromHex("0180")));
        }
    }
}
