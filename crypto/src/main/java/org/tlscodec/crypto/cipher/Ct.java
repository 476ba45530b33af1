package org.tlscodec.crypto.cipher;

/** Branch-free helpers over small non-negative ints (below 2^30): each answers 1 or 0. */
final class Ct {
    private Ct() {
    }

    /** 1 when {@code a <= b}. */
    static int le(int a, int b) {
        return ((b - a) >>> 31) ^ 1;
    }

    /** 1 when {@code a > b}. */
    static int gt(int a, int b) {
        return (b - a) >>> 31;
    }

    /** 1 when {@code x != 0}. */
    static int nonZero(int x) {
        return (x | -x) >>> 31;
    }

    /** All ones when {@code bit} is 1, zero when it is 0. */
    static int mask(int bit) {
        return -bit;
    }

    /** Compares two regions in time that depends only on {@code length}; 1 when equal. */
    static int equal(byte[] a, int aOff, byte[] b, int bOff, int length) {
        int diff = 0;
        for (int i = 0; i < length; i++) {
            diff |= a[aOff + i] ^ b[bOff + i];
        }
        return nonZero(diff) ^ 1;
    }
}
