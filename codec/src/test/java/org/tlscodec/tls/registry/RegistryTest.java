package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class RegistryTest {

    @Test
    void aKnownCodeDecodesToTheInternedConstant() {
        assertThat(ProtocolVersion.CODEC.decode(Bytes.fromHex("0304")).get()).isSameAs(ProtocolVersion.TLS_1_3);
        assertThat(ContentType.CODEC.decode(Bytes.fromHex("16")).get()).isSameAs(ContentType.HANDSHAKE);
    }

    @Test
    void anUnknownCodeIsKeptAndPrintsAsHex() {
        ProtocolVersion v = ProtocolVersion.CODEC.decode(Bytes.fromHex("0305")).get();
        assertThat(v.code()).isEqualTo(0x0305);
        assertThat(v.name().isEmpty()).isTrue();
        assertThat(v).hasToString("0x0305");
        assertThat(ProtocolVersion.CODEC.encode(v).get()).isEqualTo(Bytes.fromHex("0305"));
        assertThat(ContentType.of(99)).hasToString("0x63");
    }

    @Test
    void greaseVersionsAreRecognisedAndNamed() {
        ProtocolVersion g = ProtocolVersion.of(0x7a7a);
        assertThat(g.isGrease()).isTrue();
        assertThat(g).hasToString("GREASE");
        assertThat(ProtocolVersion.TLS_1_2.isGrease()).isFalse();
        assertThat(Grease.isGrease8(0x0b)).isTrue();
        assertThat(Grease.isGrease8(0x2a)).isTrue();
        assertThat(Grease.isGrease8(0x0c)).isFalse();
    }

    @Test
    void namesAreTheRegistrysWords() {
        assertThat(HandshakeType.MESSAGE_HASH.name().get()).isEqualTo("message_hash");
        assertThat(AlertDescription.of(121)).hasToString("ech_required");
        assertThat(ProtocolVersion.of(0x7f17)).hasToString("TLS 1.3 draft 23");
        assertThat(ProtocolVersion.of(0x7f17).isTls13OrLater()).isTrue();
        assertThat(ContentType.HEARTBEAT.hexCode()).isEqualTo("0x18");
    }

    @Test
    void aCodeWiderThanTheRegistryIsRejected() {
        assertThatThrownBy(() -> new ContentType(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProtocolVersion(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCodecPrintsAsTheTypeName() {
        assertThat(ContentType.CODEC).hasToString("ContentType");
    }
}
