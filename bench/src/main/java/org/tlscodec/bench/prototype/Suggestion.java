package org.tlscodec.bench.prototype;

/** The changes to the codec core that {@link PrototypeCodecs} can apply, one at a time or together. */
public enum Suggestion {
    /** {@link ProtoSelect}: an int tag found in an int[], no boxing, no map, no Option. */
    SELECT,
    /** {@link ProtoVector} and {@link ProtoIntVector}: elements into an array that becomes the vector; ints unboxed. */
    VECTOR,
    /** {@link ProtoStructs}: one class an arity, a call site per field, no Object[]. */
    STRUCT
}
