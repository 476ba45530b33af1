package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;

class ExtensionRulesTest {
    private static final Extension VERSIONS = new SupportedVersionsClientHello(Vector.of(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2));
    private static final Extension SHARES = new KeyShareClientHello(Vector.empty());
    private static final Extension PSK = new UnknownExtension(ExtensionType.PRE_SHARED_KEY, Bytes.fromHex("00"));

    private static Vector<ExtensionFinding.Rule> rules(Vector<ExtensionFinding> f) {
        return f.map(ExtensionFinding::rule);
    }

    @Test
    void aCleanClientHelloBlockHasNoFindings() {
        assertThat(ExtensionRules.check(ExtensionContext.CLIENT_HELLO, Vector.of(VERSIONS, SHARES, PSK), true)).isEmpty();
    }

    @Test
    void aDuplicateTypeIsFoundAtItsSecondOccurrence() {
        Vector<ExtensionFinding> f = ExtensionRules.check(ExtensionContext.CLIENT_HELLO, Vector.of(VERSIONS, SHARES, VERSIONS), true);
        assertThat(f).containsExactly(new ExtensionFinding(2, ExtensionType.SUPPORTED_VERSIONS, ExtensionFinding.Rule.DUPLICATE,
                "a second supported_versions in one block"));
    }

    @Test
    void preSharedKeyThatIsNotLastIsFound() {
        assertThat(rules(ExtensionRules.check(ExtensionContext.CLIENT_HELLO, Vector.of(PSK, VERSIONS), true)))
                .containsExactly(ExtensionFinding.Rule.PRE_SHARED_KEY_NOT_LAST);
    }

    @Test
    void anExtensionOutsideItsMessagesInTheRfc8446TableIsFound() {
        Extension share = new KeyShareServerHello(new KeyShareEntry(NamedGroup.X25519, Bytes.fromHex("01")));
        Vector<ExtensionFinding> f = ExtensionRules.check(ExtensionContext.ENCRYPTED_EXTENSIONS,
                Vector.of(new UnknownExtension(ExtensionType.KEY_SHARE, Bytes.fromHex("001d")),
                        new EmptyExtension(ExtensionType.SERVER_NAME)), true);
        assertThat(f).extracting(ExtensionFinding::index, ExtensionFinding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, ExtensionFinding.Rule.NOT_ALLOWED_IN_MESSAGE));
        // A TLS 1.2 ServerHello answers whatever was offered: the table does not apply.
        assertThat(ExtensionRules.check(ExtensionContext.SERVER_HELLO, Vector.of(share), false)).isEmpty();
    }

    @Test
    void anEmptyListTheRfcForbidsIsFoundInAValueBuiltByHand() {
        Extension noVersions = new SupportedVersionsClientHello(Vector.empty());
        assertThat(rules(ExtensionRules.check(ExtensionContext.CLIENT_HELLO, Vector.of(noVersions), true)))
                .containsExactly(ExtensionFinding.Rule.EMPTY_LIST);
    }

    @Test
    void anEmptyListKeptByLenientDecodingIsFound() {
        Extension kept = Extensions.lenientExtension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("002b000100")).get();
        Vector<ExtensionFinding> f = ExtensionRules.check(ExtensionContext.CLIENT_HELLO, Vector.of(kept), true);
        assertThat(rules(f)).containsExactly(ExtensionFinding.Rule.EMPTY_LIST);
        assertThat(f.get(0).message()).contains("versions").contains("at least 2 bytes");
    }

    @Test
    void greaseFromAServerAndUnsolicitedAnswersAreFound() {
        Extension grease = new UnknownExtension(ExtensionType.of(0x2a2a), Bytes.empty());
        assertThat(rules(ExtensionRules.check(ExtensionContext.SERVER_HELLO, Vector.of(grease), false)))
                .containsExactly(ExtensionFinding.Rule.GREASE_FROM_SERVER);
        assertThat(rules(ExtensionRules.checkAnswer(Vector.of(VERSIONS), ExtensionContext.SERVER_HELLO,
                Vector.of(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3), new UnknownExtension(ExtensionType.of(0xff01), Bytes.fromHex("00"))))))
                .containsExactly(ExtensionFinding.Rule.UNSOLICITED);
    }

    @Test
    void checkingNeverChangesTheValue() {
        Vector<Extension> block = Vector.of(PSK, VERSIONS, VERSIONS);
        Vector<Extension> copy = Vector.ofAll(block);
        ExtensionRules.check(ExtensionContext.CLIENT_HELLO, block, true);
        assertThat(block).isEqualTo(copy);
    }
}
