package org.tlscodec.vectors.gen;

/** Answers a recorded sequence, clamped into each span, then 0 once it runs out. */
final class ReplaySource implements ChoiceSource {
    private final long[] values;
    private int position;

    ReplaySource(long[] values) {
        this.values = values;
    }

    @Override
    public long next(long span) {
        if (position >= values.length) {
            return 0;
        }
        long v = values[position++];
        return Long.compareUnsigned(v, span) > 0 ? span : v;
    }

    @Override
    public String describe() {
        return "replay of " + values.length + " choices";
    }
}
