package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class ExtensionTypeTest {

    @Test
    void aKnownExtensionDecodesToTheInternedConstant() {
        assertThat(ExtensionType.CODEC.decode(Bytes.fromHex("0033")).get()).isSameAs(ExtensionType.KEY_SHARE);
        assertThat(ExtensionType.CODEC.decode(Bytes.fromHex("fe0d")).get()).isSameAs(ExtensionType.ENCRYPTED_CLIENT_HELLO);
    }

    @Test
    void anUnassignedExtensionIsKeptAndPrintsAsHex() {
        ExtensionType e = ExtensionType.CODEC.decode(Bytes.fromHex("0040")).get();
        assertThat(e.isKnown()).isFalse();
        assertThat(e).hasToString("0x0040");
        assertThat(ExtensionType.CODEC.encode(e).get()).isEqualTo(Bytes.fromHex("0040"));
    }

    @Test
    void theCodesAndNamesAreIanas() {
        assertThat(ExtensionType.of(0)).hasToString("server_name");
        assertThat(ExtensionType.of(10)).hasToString("supported_groups");
        assertThat(ExtensionType.of(13)).hasToString("signature_algorithms");
        assertThat(ExtensionType.of(16)).hasToString("application_layer_protocol_negotiation");
        assertThat(ExtensionType.of(35)).hasToString("session_ticket");
        assertThat(ExtensionType.of(39)).hasToString("supported_ekt_ciphers");
        assertThat(ExtensionType.of(41)).hasToString("pre_shared_key");
        assertThat(ExtensionType.of(43)).hasToString("supported_versions");
        assertThat(ExtensionType.of(51)).hasToString("key_share");
        assertThat(ExtensionType.of(53)).hasToString("connection_id_deprecated");
        assertThat(ExtensionType.of(54)).hasToString("connection_id");
        assertThat(ExtensionType.of(57)).hasToString("quic_transport_parameters");
        assertThat(ExtensionType.of(58)).hasToString("ticket_request");
        assertThat(ExtensionType.of(59)).hasToString("dnssec_chain");
        assertThat(ExtensionType.of(60)).hasToString("sequence_number_encryption_algorithms");
        assertThat(ExtensionType.of(61)).hasToString("rrc");
        assertThat(ExtensionType.of(62)).hasToString("tls_flags");
        assertThat(ExtensionType.of(13172)).hasToString("next_protocol_negotiation");
        assertThat(ExtensionType.of(17513)).hasToString("application_settings");
        assertThat(ExtensionType.of(17613)).hasToString("application_settings_new");
        assertThat(ExtensionType.of(0xfd00)).hasToString("ech_outer_extensions");
        assertThat(ExtensionType.of(0xfe0d)).hasToString("encrypted_client_hello");
        assertThat(ExtensionType.of(0xff01)).hasToString("renegotiation_info");
        assertThat(ExtensionType.PWD_PROTECT.code()).isEqualTo(29);
        assertThat(ExtensionType.PWD_CLEAR.code()).isEqualTo(30);
        assertThat(ExtensionType.PASSWORD_SALT.code()).isEqualTo(31);
        assertThat(ExtensionType.TICKET_PINNING.code()).isEqualTo(32);
        assertThat(ExtensionType.TLS_CERT_WITH_EXTERN_PSK.code()).isEqualTo(33);
        assertThat(ExtensionType.EXTERNAL_ID_HASH.code()).isEqualTo(55);
        assertThat(ExtensionType.EXTERNAL_SESSION_ID.code()).isEqualTo(56);
    }

    @Test
    void everyCodeFrom0To62IsNamedExceptTheTwoReserved() {
        for (int code = 0; code <= 62; code++) {
            assertThat(ExtensionType.of(code).isKnown()).as("%d", code).isEqualTo(code != 40 && code != 46);
        }
        assertThat(ExtensionType.of(63).isKnown()).isFalse();
    }

    @Test
    void greaseExtensionsAreRecognisedAndNamed() {
        for (int code : Grease.codes16()) {
            assertThat(ExtensionType.of(code).isGrease()).isTrue();
            assertThat(ExtensionType.of(code)).hasToString("GREASE");
        }
        assertThat(ExtensionType.KEY_SHARE.isGrease()).isFalse();
        assertThat(ExtensionType.REGISTRY.known().filter(ExtensionType::isGrease).size()).isEqualTo(16);
    }
}
