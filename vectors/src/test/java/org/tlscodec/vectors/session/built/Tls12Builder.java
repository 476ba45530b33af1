package org.tlscodec.vectors.session.built;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.handshake.HandshakeSteps;
import org.tlscodec.session.record.RecordLayer;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * A TLS 1.2 conversation built with the session's encode steps (DESIGN.md section 4: the steps a
 * reader runs, run by a writer): one session writes what both sides send, in order, and each
 * flight's records are kept as a chunk from its sender, ready for {@link
 * org.tlscodec.session.conversation.Conversation#dissect}. The secrets come from a known master
 * secret (the writer needs one to seal and to compute Finished). Test support: a step that fails
 * throws, naming the error.
 */
public final class Tls12Builder {
    /** A fixed master secret for built conversations. */
    public static final Bytes MASTER_SECRET = Bytes.fromHex(
            "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f30");

    private TlsSession session;
    private Vector<Chunk> chunks = Vector.empty();

    private Tls12Builder(TlsSession session) {
        this.session = session;
    }

    /** A builder whose session knows {@code known} (it must give the master secret). */
    public static Tls12Builder start(KnownSecrets known) {
        return new Tls12Builder(TlsSession.start(ConnectionEnd.CLIENT, known));
    }

    /** Runs a step that writes records as {@code sender}; its records become one chunk. */
    public Tls12Builder send(ConnectionEnd sender, State<TlsSession, Vector<TLSPlaintext>> step) {
        State.Step<TlsSession, Vector<TLSPlaintext>> done = step.run(session);
        if (done.result().isLeft()) {
            throw new AssertionError("building failed: " + done.result().getLeft().message());
        }
        session = done.state();
        Bytes bytes = done.result().get().map(r -> TLSPlaintext.CODEC_OVERSIZE_ALLOWED.encode(r).get()).foldLeft(Bytes.empty(), Bytes::concat);
        return raw(sender, bytes);
    }

    /** Bytes sent as they are (a record the steps did not write). */
    public Tls12Builder raw(ConnectionEnd sender, Bytes bytes) {
        chunks = chunks.append(new Chunk(sender, bytes));
        return this;
    }

    public Tls12Builder handshake(ConnectionEnd sender, HandshakeMessage... messages) {
        return send(sender, RecordLayer.writeHandshake(sender, Vector.of(messages)));
    }

    /** {@code sender}'s Finished, with the verify_data the session computes. */
    public Tls12Builder finished(ConnectionEnd sender) {
        return send(sender, RecordLayer.writeFlight(sender, HandshakeSteps.writeFinished(sender).map(Vector::of)));
    }

    public Tls12Builder changeCipherSpec(ConnectionEnd sender) {
        return send(sender, RecordLayer.writeChangeCipherSpec(sender));
    }

    public Tls12Builder applicationData(ConnectionEnd sender, Bytes data) {
        return send(sender, RecordLayer.write(sender, ContentType.APPLICATION_DATA, data));
    }

    /** ChangeCipherSpec and Finished from the client, then from the server: the end of a full handshake. */
    public Tls12Builder finish() {
        return changeCipherSpec(ConnectionEnd.CLIENT).finished(ConnectionEnd.CLIENT)
                .changeCipherSpec(ConnectionEnd.SERVER).finished(ConnectionEnd.SERVER);
    }

    /** Runs {@code step} as {@code sender} on a changed copy of the session (what a peer that broke a rule would write); the session goes on unchanged. */
    public Tls12Builder sendAsIf(java.util.function.UnaryOperator<TlsSession> change, ConnectionEnd sender, State<TlsSession, Vector<TLSPlaintext>> step) {
        TlsSession kept = session;
        session = change.apply(session);
        send(sender, step);
        TlsSession after = session;
        session = kept.withCurrent(sender, after.current(sender));
        return this;
    }

    public TlsSession session() {
        return session;
    }

    public Vector<Chunk> chunks() {
        return chunks;
    }

    /** A TLS 1.2 ClientHello with a random of {@code seed} repeated. */
    public static ClientHello clientHello(int seed, Vector<CipherSuite> suites, Vector<CompressionMethod> compression, Vector<Extension> extensions) {
        return new ClientHello(ProtocolVersion.TLS_1_2, random(seed), Bytes.empty(), suites, compression, Option.some(extensions));
    }

    /** A TLS 1.2 ServerHello with a random of {@code seed} repeated. */
    public static ServerHello serverHello(int seed, CipherSuite suite, CompressionMethod compression, Vector<Extension> extensions) {
        return new ServerHello(ProtocolVersion.TLS_1_2, random(seed), Bytes.empty(), suite, compression, Option.some(extensions));
    }

    private static Random random(int seed) {
        byte[] r = new byte[32];
        java.util.Arrays.fill(r, (byte) seed);
        return new Random.Tls12(Bytes.of(r));
    }
}
