package org.tlscodec.vectors.gen;

import org.tlscodec.codec.Bytes;

/**
 * Answers read from raw bytes: a draw takes the fewest bytes that cover its span, big-endian, and
 * reduces them modulo the span's size. Missing bytes read as 0.
 */
final class ByteSource implements ChoiceSource {
    private final Bytes input;
    private int position;

    ByteSource(Bytes input) {
        this.input = input;
    }

    @Override
    public long next(long span) {
        int bits = 64 - Long.numberOfLeadingZeros(span);
        int need = (bits + 7) / 8;
        long v = 0;
        for (int i = 0; i < need; i++) {
            int b = position < input.size() ? input.get(position++) : 0;
            v = v << 8 | b;
        }
        return span == -1L ? v : Long.remainderUnsigned(v, span + 1);
    }

    @Override
    public String describe() {
        return "bytes, " + position + " of " + input.size() + " read";
    }
}
