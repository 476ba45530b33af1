package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.sig.KeyKind;
import org.tlscodec.crypto.sig.LegacySignatures;
import org.tlscodec.crypto.sig.Signatures;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * For random messages, per scheme and per TLS 1.0 form: verify(sign(m)) holds, and flipping any
 * one bit of the signature or of the message makes it fail. One key per kind (the RSA schemes
 * with the bundled server key, the ECDSA schemes with the bundled P-256 key and the brainpool
 * scheme with its curve); RSA signing is slow, so the RSA schemes run fewer cases. Fixed seeds.
 */
class SignaturePropertiesTest {
    private static final long SEED = 0x5167_0004L;

    /** A message and the bit positions to flip, as fractions of the lengths. */
    record Case(Bytes message, int signatureBit, int messageBit) {
    }

    private static final Gen<Case> CASES = Gen.zip(Gen.bytes(0, 300), Gen.ints(0, Integer.MAX_VALUE), Gen.ints(0, Integer.MAX_VALUE))
            .map(t -> new Case(t._1, t._2, t._3));

    private static Bytes flipMessage(Case c) {
        return c.message().isEmpty() ? Bytes.of((byte) 0) : SigKat.flip(c.message(), c.messageBit() % (8 * c.message().size()));
    }

    private static Stream<Tuple2<SigTestKeys.Pair, SignatureScheme>> schemes() {
        return Stream.of(SigTestKeys.SERVER_RSA, SigTestKeys.RSA_PSS, SigTestKeys.SERVER_ECDSA, SigTestKeys.BRAINPOOL_P256,
                        SigTestKeys.SERVER_ED25519, SigTestKeys.ED448, SigTestKeys.DSA)
                .flatMap(key -> Signatures.schemesFor(key.verifying().kind())
                        .filter(s -> key != SigTestKeys.BRAINPOOL_P256 || s.equals(SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256))
                        .map(s -> new Tuple2<>(key, s)).toJavaStream());
    }

    /** Modest counts: RSA signing and the generic-curve (brainpool) and DSA-2048 arithmetic are slow. */
    private static int cases(KeyKind kind) {
        if (kind instanceof KeyKind.Rsa || kind instanceof KeyKind.RsaPss) {
            return 6;
        }
        return kind instanceof KeyKind.Dsa || kind.equals(new KeyKind.Ec("brainpoolP256r1")) ? 8 : 15;
    }

    @TestFactory
    Stream<DynamicTest> everySchemeVerifiesItsOwnSignaturesAndNothingOneBitAway() {
        return schemes().map(ks -> DynamicTest.dynamicTest(ks._1 + " " + ks._2, () ->
                Property.named(ks._2 + " sign/verify").seed(SEED).cases(cases(ks._1.verifying().kind())).check(CASES, c -> {
                    Bytes signature = SigKat.right(Signatures.sign(ks._2, ks._1.signing(), c.message()));
                    Bytes flipped = SigKat.flip(signature, c.signatureBit() % (8 * signature.size()));
                    assertThat(Signatures.verify(ks._2, ks._1.verifying(), c.message(), signature).get()).isEqualTo(Verification.VALID);
                    assertThat(SigKat.valid(Signatures.verify(ks._2, ks._1.verifying(), c.message(), flipped))).isFalse();
                    assertThat(Signatures.verify(ks._2, ks._1.verifying(), flipMessage(c), signature).get()).isEqualTo(Verification.INVALID);
                })));
    }

    @TestFactory
    Stream<DynamicTest> theTls10FormsVerifyTheirOwnSignaturesAndNothingOneBitAway() {
        return Stream.of(SigTestKeys.SERVER_RSA, SigTestKeys.SERVER_ECDSA, SigTestKeys.DSA).map(key -> DynamicTest.dynamicTest(key.name(), () ->
                Property.named(key + " TLS 1.0 form").seed(SEED).cases(cases(key.verifying().kind())).check(CASES, c -> {
                    Bytes signature = SigKat.right(LegacySignatures.sign(key.signing(), c.message()));
                    Bytes flipped = SigKat.flip(signature, c.signatureBit() % (8 * signature.size()));
                    assertThat(LegacySignatures.verify(key.verifying(), c.message(), signature).get()).isEqualTo(Verification.VALID);
                    assertThat(SigKat.valid(LegacySignatures.verify(key.verifying(), c.message(), flipped))).isFalse();
                    assertThat(LegacySignatures.verify(key.verifying(), flipMessage(c), signature).get()).isEqualTo(Verification.INVALID);
                })));
    }
}
