package org.tlscodec.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** Values holding secrets print their lengths, never their bytes. */
class SecretsNeverPrintedTest {
    private static final Bytes SECRET = Bytes.fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    private static final String SECRET_HEX = "a1b2c3d4";

    @Test
    void keyMaterialTrafficKeysAndScheduleStagesHideTheirBytes() {
        KeyMaterial km = KeyMaterial.slice(SECRET.concat(SECRET), new KeySizes(8, 16, 4)).get();
        Tls13EarlySecret early = new Tls13EarlySecret(HashAlgorithm.SHA256, SECRET);
        Tls13KeySchedule schedule = Tls13KeySchedule.derive(HashAlgorithm.SHA256, Option.some(SECRET), Option.some(SECRET),
                new Tls13KeySchedule.TranscriptHashes(SECRET, SECRET, SECRET, SECRET));
        for (Object o : new Object[] {km, new TrafficKeys(SECRET, SECRET), early, early.handshakeSecret(Option.none()),
                early.handshakeSecret(Option.none()).masterSecret(), schedule,
                SslV2Keys.sessionKeys(SECRET, SECRET, SECRET, 16)}) {
            assertThat(o.toString()).as(o.getClass().getSimpleName()).doesNotContain(SECRET_HEX).doesNotContainIgnoringCase(
                    schedule.early().secret().hex().substring(0, 8));
        }
        assertThat(km.toString()).contains("8+8").contains("16+16").contains("4+4");
    }
}
