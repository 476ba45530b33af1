package org.tlscodec.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Sender;

/** The signed content of RFC 5246 section 7.4.3 and RFC 8446 section 4.4.3, built from its parts. */
class SignedContentTest {
    private static final Bytes THIRTY_TWO_ONES = Bytes.fromHex("01".repeat(32));

    @Test
    void theServerCertificateVerifyContentIsTheExampleOfRfc8446Section443() {
        // RFC 8446 section 4.4.3: "if the transcript hash was 32 bytes of 01 ... the content covered
        // by the digital signature for a server CertificateVerify would be:"
        Bytes expected = Bytes.fromHex("20".repeat(64)
                + "544c5320312e332c207365727665722043657274696669636174655665726966" + "79"
                + "00"
                + "01".repeat(32));
        assertThat(SignedContent.certificateVerify(Sender.SERVER, THIRTY_TWO_ONES).get()).isEqualTo(expected);
    }

    @Test
    void theClientCertificateVerifyContentDiffersOnlyInItsContextString() {
        Bytes server = SignedContent.certificateVerify(Sender.SERVER, THIRTY_TWO_ONES).get();
        Bytes client = SignedContent.certificateVerify(Sender.CLIENT, THIRTY_TWO_ONES).get();
        assertThat(client.size()).isEqualTo(server.size()).isEqualTo(64 + 33 + 1 + 32);
        assertThat(client.slice(64, 64 + 33)).isEqualTo(Bytes.utf8("TLS 1.3, client CertificateVerify"));
        assertThat(client.take(64)).isEqualTo(server.take(64));
        assertThat(client.drop(64 + 33)).isEqualTo(server.drop(64 + 33));
    }

    @Test
    void aCertificateVerifyNeedsATranscriptHash() {
        assertThat(SignedContent.certificateVerify(Sender.SERVER, Bytes.empty()).getLeft())
                .isInstanceOf(SignatureError.MalformedInput.class);
    }

    @Test
    void theServerKeyExchangeContentIsClientRandomServerRandomAndParamsInThatOrder() {
        Bytes client = Bytes.fromHex("aa".repeat(32));
        Bytes server = Bytes.fromHex("bb".repeat(32));
        Bytes params = Bytes.fromHex("03001d2012");
        assertThat(SignedContent.serverKeyExchange(client, server, params).get()).isEqualTo(client.concat(server).concat(params));
    }

    @Test
    void aRandomOfAnotherLengthThanThirtyTwoBytesIsAnErrorNamingIt() {
        Bytes ok = Bytes.zeros(32);
        SignatureError shortClient = SignedContent.serverKeyExchange(Bytes.zeros(31), ok, Bytes.empty()).getLeft();
        SignatureError longServer = SignedContent.serverKeyExchange(ok, Bytes.zeros(33), Bytes.empty()).getLeft();
        assertThat(shortClient.message()).contains("ClientHello.random").contains("32").contains("31");
        assertThat(longServer.message()).contains("ServerHello.random").contains("33");
    }
}
