package org.tlscodec.codec;

/**
 * One call site for reading and one for writing that every {@link Select#largeCases()} select
 * goes through. A JIT keeps the receiver types seen a call site, per method: these methods are in
 * a class that {@link CodecClones} never copies, so the site sees the codecs of every message type
 * and is left a virtual call, and each message's codec is compiled on its own, with a full budget.
 */
final class SharedSite {

    private SharedSite() {
    }

    static <A> A read(Codec<? extends A> codec, ByteReader in) {
        return codec.read(in);
    }

    static <A> void write(Codec<A> codec, ByteWriter out, A value) {
        codec.write(out, value);
    }
}
