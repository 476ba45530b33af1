package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.opaque24;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A decoder never allocates more than its input justifies: a 3-byte input that claims a
 * 2^24-1-byte body must fail having allocated next to nothing. Measured with the JVM's own
 * per-thread allocation counter, so the check fails if a decoder sizes a buffer from the claim.
 */
class AllocationBoundTest {

    private static final Bytes CLAIMS_16_MIB = Bytes.fromHex("ffffff");

    private static long allocatedBy(Supplier<Object> work) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int i = 0; i < 1000; i++) {
            work.get(); // warm up, so class loading and JIT do not count
        }
        long before = mx.getThreadAllocatedBytes(tid);
        work.get();
        return mx.getThreadAllocatedBytes(tid) - before;
    }

    @Test
    void aThreeByteInputClaimingAHugeVectorFailsWithoutAllocatingForTheClaim() {
        Codec<?> codec = vector(3, uint8());
        assertThat(codec.decode(CLAIMS_16_MIB).getLeft()).isInstanceOf(CodecError.Truncated.class);
        assertThat(allocatedBy(() -> codec.decode(CLAIMS_16_MIB))).isLessThan(16 * 1024);
    }

    @Test
    void aThreeByteInputClaimingHugeOpaqueDataFailsWithoutAllocatingForTheClaim() {
        Codec<Bytes> codec = opaque24();
        assertThat(codec.decode(CLAIMS_16_MIB).getLeft()).isInstanceOf(CodecError.Truncated.class);
        assertThat(allocatedBy(() -> codec.decode(CLAIMS_16_MIB))).isLessThan(16 * 1024);
    }

    @Test
    void aThreeByteInputClaimingAHugeFrameFailsWithoutAllocatingForTheClaim() {
        Codec<?> codec = framed(3, vector(2, uint8()));
        assertThat(codec.decode(CLAIMS_16_MIB).getLeft()).isInstanceOf(CodecError.Truncated.class);
        assertThat(allocatedBy(() -> codec.decode(CLAIMS_16_MIB))).isLessThan(16 * 1024);
    }
}
