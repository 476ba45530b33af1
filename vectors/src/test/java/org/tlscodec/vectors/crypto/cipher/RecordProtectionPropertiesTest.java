package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.crypto.suite.MacAlgorithm;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * Properties of every record cipher: open(seal(p)) gives p back, and a single flipped bit anywhere
 * in the protected bytes is a {@link CipherError.BadRecordMac}, never a wrong plaintext, never an
 * exception. Run over every suite whose cipher and MAC are implemented (a superset of the usable
 * ones: export ciphers too), in each version it is defined for, with the options that apply.
 */
class RecordProtectionPropertiesTest {

    record Config(CipherSuiteInfo suite, ProtocolVersion version, RecordOptions options) {
        RecordProtection protection(RecordKeys keys) {
            return RecordProtection.of(suite, version, keys, options).get();
        }
    }

    record Case(Config config, RecordKeys keys, long seq, ContentType type, Bytes plaintext, int flip) {
    }

    private static final Vector<ProtocolVersion> VERSIONS = Vector.of(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
            ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);

    private static Vector<Config> configs(boolean usableOnly) {
        return CipherSuiteInfo.all()
                .filter(s -> usableOnly ? s.usable() : !s.signalling() && s.cipher().implemented() && s.mac().implemented())
                .filter(s -> s.mac() != MacAlgorithm.NULL) // TLS_NULL_WITH_NULL_NULL protects nothing
                .flatMap(s -> VERSIONS
                        .filter(v -> v.code() >= s.minVersion().code() && v.code() <= s.maxVersion().code())
                        .flatMap(v -> options(s, v).map(o -> new Config(s, v, o))));
    }

    private static Vector<RecordOptions> options(CipherSuiteInfo s, ProtocolVersion v) {
        if (s.cipher().kind() == CipherKind.AEAD || v.equals(ProtocolVersion.SSL_3_0)) {
            return Vector.of(RecordOptions.DEFAULT);
        }
        Vector<RecordOptions> out = Vector.of(RecordOptions.DEFAULT, RecordOptions.DEFAULT.withTruncatedHmac(true));
        return s.cipher().kind() == CipherKind.BLOCK
                ? out.appendAll(out.map(o -> o.withEncryptThenMac(true)))
                : out;
    }

    private static Gen<Case> cases(Vector<Config> configs) {
        return Gen.oneOfValues(configs).flatMap(c -> Gen.zip(
                        Gen.bytes(c.suite().mac().length()),
                        Gen.bytes(c.suite().cipher().expandedKeyLength()),
                        Gen.bytes(c.suite().fixedIvLength(c.version())))
                .flatMap(k -> Gen.zip(Gen.longs(0, Long.MAX_VALUE),
                                Gen.oneOfValues(ContentType.HANDSHAKE, ContentType.APPLICATION_DATA, ContentType.ALERT),
                                Gen.frequency(io.vavr.Tuple.of(9, Gen.bytes(0, 600)), io.vavr.Tuple.of(1, Gen.bytes(0, 1 << 14))))
                        .flatMap(t -> Gen.ints(0, Integer.MAX_VALUE).map(flip ->
                                new Case(c, new RecordKeys(k._1, k._2, k._3), t._1, t._2, t._3, flip)))));
    }

    @Test
    void everyUsableSuiteRoundTripsInEveryVersionItIsDefinedFor() {
        Vector<Config> usable = configs(true);
        assertThat(usable.map(Config::suite).distinct().size())
                .isEqualTo(CipherSuiteInfo.all().count(CipherSuiteInfo::usable));
        for (Config c : usable) {
            RecordKeys keys = new RecordKeys(Bytes.zeros(c.suite().mac().length()),
                    Bytes.zeros(c.suite().cipher().expandedKeyLength()), Bytes.zeros(c.suite().fixedIvLength(c.version())));
            Bytes p = Bytes.utf8("a record for " + c);
            RecordProtection.Sealed s = c.protection(keys).seal(7, ContentType.APPLICATION_DATA, c.version(), p).get();
            assertThat(c.protection(keys).open(7, s.type(), c.version(), s.bytes()).get().bytes()).as(c.toString()).isEqualTo(p);
        }
        System.out.println("usable suites: " + CipherSuiteInfo.all().count(CipherSuiteInfo::usable)
                + ", suite/version/option configurations checked: " + usable.size());
    }

    @Test
    void openAfterSealGivesThePlaintextBack() {
        Property.named("open(seal(p)) == p for every implemented record cipher").cases(2000).check(cases(configs(false)), k -> {
            Config c = k.config();
            RecordProtection.Sealed s = c.protection(k.keys()).seal(k.seq(), k.type(), c.version(), k.plaintext()).get();
            RecordProtection.Opened o = c.protection(k.keys()).open(k.seq(), s.type(), c.version(), s.bytes()).get();
            assertThat(o.bytes()).isEqualTo(k.plaintext());
            assertThat(o.type()).isEqualTo(k.type());
        });
    }

    @Test
    void aFlippedBitAnywhereIsBadRecordMac() {
        Property.named("a flipped ciphertext bit fails authentication").cases(2000).check(cases(configs(false)), k -> {
            Config c = k.config();
            Bytes sealed = c.protection(k.keys()).seal(k.seq(), k.type(), c.version(), k.plaintext()).get().bytes();
            byte[] tampered = sealed.toArray();
            int index = k.flip() % tampered.length;
            tampered[index] ^= (byte) (1 << (k.flip() >>> 24 & 7));
            ContentType outer = c.version().equals(ProtocolVersion.TLS_1_3) ? ContentType.APPLICATION_DATA : k.type();
            Either<CipherError, RecordProtection.Opened> opened =
                    c.protection(k.keys()).open(k.seq(), outer, c.version(), Bytes.of(tampered));
            assertThat(opened.isLeft()).as("tampered byte %d of %d opened", index, tampered.length).isTrue();
            assertThat(opened.getLeft()).isInstanceOf(CipherError.BadRecordMac.class);
        });
    }

    @Test
    void aWrongSequenceNumberIsBadRecordMac() {
        Property.named("the sequence number is authenticated").cases(500).check(cases(configs(false)), k -> {
            Config c = k.config();
            RecordProtection.Sealed s = c.protection(k.keys()).seal(k.seq(), k.type(), c.version(), k.plaintext()).get();
            Either<CipherError, RecordProtection.Opened> opened =
                    c.protection(k.keys()).open(k.seq() ^ 1, s.type(), c.version(), s.bytes());
            assertThat(opened.isLeft()).isTrue();
            assertThat(opened.getLeft()).isInstanceOf(CipherError.BadRecordMac.class);
        });
    }
}
