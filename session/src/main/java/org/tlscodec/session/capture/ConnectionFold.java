package org.tlscodec.session.capture;

/**
 * How a reader of a capture takes each TCP connection's bytes while the file is read, instead of
 * from a materialised {@link TcpConnection}: a fold per connection, with an immutable state of the
 * reader's choosing. {@link Capture#fold} calls {@code open} when the connection delivers its first
 * bytes (or at the end of the file for one that delivered none), {@code feed} with every
 * {@link StreamChunk} in delivery order (both sides interleaved as a receiver would get them, RFC
 * 9293 section 3.10.7.4), and {@code close} at the end of the file, when the reassembly's notes are
 * known.
 *
 * <p>While a connection's client, its TLS look or a stream's start may still change (no SYN
 * captured yet, fewer than five bytes from a side), the reassembly keeps the chunks it handed out;
 * when the decision changes it opens the connection again and feeds them all again. The functions
 * must therefore be pure: a state may be dropped and rebuilt. A connection whose SYN and SYN-ACK
 * were captured is settled as soon as five bytes of a side tell whether it is TLS; from then on no
 * chunk is kept or fed twice.
 *
 * @param open  the state a connection starts with
 * @param feed  the state after one more chunk
 * @param close the connection's result, from its last state and what the reassembly ended with
 * @param <S>   the state of one connection's reader
 * @param <R>   what one connection gives
 */
public record ConnectionFold<S, R>(Open<S> open, Feed<S> feed, Close<S, R> close) {

    /** The fold of these three functions. */
    public static <S, R> ConnectionFold<S, R> of(Open<S> open, Feed<S> feed, Close<S, R> close) {
        return new ConnectionFold<>(open, feed, close);
    }

    /** The state of a connection before its first chunk. */
    @FunctionalInterface
    public interface Open<S> {
        S open(ConnectionOpening connection);
    }

    /** The state after one more chunk of the connection. */
    @FunctionalInterface
    public interface Feed<S> {
        S feed(S state, StreamChunk chunk);
    }

    /** What a connection gives at the end of the file. */
    @FunctionalInterface
    public interface Close<S, R> {
        R close(S state, ReassembledConnection connection);
    }
}
