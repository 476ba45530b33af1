package org.tlscodec.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** Parameters outside what a construction defines are errors as values, never exceptions. */
class DerivationErrorsTest {
    private static final Bytes KEY = Bytes.zeros(32);

    @Test
    void hkdfExpandRefusesMoreThan255Blocks() {
        assertThat(Hkdf.expand(HashAlgorithm.SHA256, KEY, Bytes.empty(), 255 * 32).get().size()).isEqualTo(255 * 32);
        assertThat(Hkdf.expand(HashAlgorithm.SHA256, KEY, Bytes.empty(), 255 * 32 + 1).getLeft())
                .isEqualTo(new KdfError.OutputTooLong("HKDF-Expand", 255 * 32 + 1, 255 * 32));
    }

    @Test
    void negativeLengthsAreRefused() {
        assertThat(Hkdf.expand(HashAlgorithm.SHA256, KEY, Bytes.empty(), -1).getLeft()).isInstanceOf(KdfError.NegativeLength.class);
        assertThat(Prfs.pHash(HashAlgorithm.SHA1, KEY, Bytes.empty(), -1).getLeft()).isInstanceOf(KdfError.NegativeLength.class);
        assertThat(new Prf.Ssl3().compute(KEY, "", Bytes.empty(), -5).getLeft()).isInstanceOf(KdfError.NegativeLength.class);
        assertThat(Hkdf.expandLabel(HashAlgorithm.SHA256, KEY, "key", Bytes.empty(), -1).getLeft()).isInstanceOf(KdfError.NegativeLength.class);
    }

    @Test
    void ssl3DerivationStopsAfterItsTwentySixSalts() {
        assertThat(new Prf.Ssl3().compute(KEY, "", Bytes.empty(), 416).get().size()).isEqualTo(416);
        assertThat(new Prf.Ssl3().compute(KEY, "", Bytes.empty(), 417).getLeft()).isEqualTo(new KdfError.OutputTooLong("SSL 3.0 key derivation", 417, 416));
    }

    @Test
    void expandLabelRefusesAContextLongerThanItsOneByteLength() {
        assertThat(Hkdf.expandLabel(HashAlgorithm.SHA256, KEY, "resumption", Bytes.zeros(256), 32).getLeft())
                .isInstanceOf(KdfError.Unencodable.class);
        assertThat(Tls13.resumptionPsk(HashAlgorithm.SHA256, KEY, Bytes.zeros(255)).isRight()).isTrue();
    }

    @Test
    void expandLabelRefusesALabelThatDoesNotFitHkdfLabel() {
        assertThat(Hkdf.expandLabel(HashAlgorithm.SHA256, KEY, "x".repeat(250), Bytes.empty(), 32).getLeft())
                .isInstanceOf(KdfError.Unencodable.class);
        assertThat(Hkdf.expandLabel(HashAlgorithm.SHA256, KEY, "x".repeat(249), Bytes.empty(), 32).isRight()).isTrue();
    }

    @Test
    void aKeyBlockShorterThanTheSizesIsAnError() {
        KeySizes sizes = new KeySizes(20, 16, 16);
        assertThat(KeyMaterial.slice(Bytes.zeros(103), sizes).getLeft()).isEqualTo(new KdfError.TooShort("key block", 104, 103));
        assertThat(KeyMaterial.slice(Bytes.zeros(104), sizes).isRight()).isTrue();
        assertThat(KeyMaterial.slice(Bytes.zeros(104), new KeySizes(-1, 0, 0)).getLeft()).isInstanceOf(KdfError.Invalid.class);
    }

    @Test
    void ssl3FinishedIsNotAPrfOutput() {
        assertThat(VerifyData.tls(new Prf.Ssl3(), KEY, Bytes.empty(), Sender.CLIENT).getLeft()).isInstanceOf(KdfError.Invalid.class);
    }

    @Test
    void anEmptyTranscriptHasNoClientHelloToRewrite() {
        assertThat(Transcript.empty().rewriteForHelloRetryRequest(HashAlgorithm.SHA256).getLeft()).isInstanceOf(KdfError.Invalid.class);
    }

    @Test
    void rfc5705RefusesAContextLongerThanItsTwoByteLength() {
        assertThat(Exporters.rfc5705(new Prf.Tls12(HashAlgorithm.SHA256), KEY, "EXPORTER-x", Bytes.zeros(32), Bytes.zeros(32),
                Option.some(Bytes.zeros(0x10000)), 16).getLeft()).isInstanceOf(KdfError.Unencodable.class);
    }
}
