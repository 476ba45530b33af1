package org.tlscodec.vectors.laws;

/**
 * One law of one codec, ready to run: {@code verify} runs its property check and throws an
 * {@link AssertionError} with the minimal counterexample and its seed when the law is broken.
 * JUnit users turn each into a dynamic test named {@link #name()}.
 */
public record Law(String name, Runnable verify) {
    @Override
    public String toString() {
        return name;
    }
}
