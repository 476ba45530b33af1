package org.tlscodec.vectors.crypto.cipher;

import io.vavr.collection.Vector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * A TCP relay on 127.0.0.1 between one client and one server that keeps every byte each side sends:
 * what a capture on the wire would hold, without capture privileges. Each direction is copied by
 * its own thread until its sender closes, then the relay half-closes towards the receiver, so each
 * side sees the other's close as it would directly. A byte is kept before it is passed on, so a
 * side's stream is whole even when the receiver has already gone. Each read is also kept as a
 * {@link Chunk} in the order the relay read them, both directions interleaved: since a chunk is
 * kept before it is passed on, a side's answer always comes after what it answered, which is the
 * order a passive reader ({@code Conversation.dissect}) needs, as a capture's segment order would be.
 */
public final class OpenSslRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final String serverHost;
    private final int serverPort;
    private final ByteArrayOutputStream fromClient = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
    private Vector<Chunk> chunks = Vector.empty();
    private final Thread worker;
    private volatile Socket client;
    private volatile Socket server;
    private volatile String failure = "";

    private OpenSslRelay(ServerSocket listener, String serverHost, int serverPort, Duration timeout) {
        this.listener = listener;
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        this.worker = new Thread(() -> relay(timeout), "openssl-relay");
        worker.setDaemon(true);
    }

    /** Listens on an ephemeral port of 127.0.0.1 and relays the one connection it accepts to the server. */
    public static OpenSslRelay start(int serverPort, Duration timeout) throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listener.setSoTimeout((int) timeout.toMillis());
        OpenSslRelay relay = new OpenSslRelay(listener, InetAddress.getLoopbackAddress().getHostAddress(), serverPort, timeout);
        relay.worker.start();
        return relay;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Waits until both directions have closed; false when they have not within {@code timeout}. */
    public boolean await(Duration timeout) throws InterruptedException {
        worker.join(timeout.toMillis());
        return !worker.isAlive();
    }

    /** What went wrong while accepting or connecting, empty when nothing did. */
    public String failure() {
        return failure;
    }

    /** The bytes the client sent; call after {@link #await}. */
    public synchronized Bytes clientBytes() {
        return Bytes.of(fromClient.toByteArray());
    }

    /** The bytes the server sent; call after {@link #await}. */
    public synchronized Bytes serverBytes() {
        return Bytes.of(fromServer.toByteArray());
    }

    /** Every read of either direction, in the order the relay read them; call after {@link #await}. */
    public synchronized Vector<Chunk> chunks() {
        return chunks;
    }

    private void relay(Duration timeout) {
        try (Socket c = listener.accept(); Socket s = new Socket()) {
            client = c;
            server = s;
            s.connect(new InetSocketAddress(serverHost, serverPort), (int) timeout.toMillis());
            Thread up = copier(c, s, fromClient, ConnectionEnd.CLIENT);
            Thread down = copier(s, c, fromServer, ConnectionEnd.SERVER);
            up.start();
            down.start();
            up.join();
            down.join();
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            failure = "interrupted";
            Thread.currentThread().interrupt();
        }
    }

    private Thread copier(Socket from, Socket to, ByteArrayOutputStream kept, ConnectionEnd sender) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            boolean forwarding = true;
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (this) {
                        kept.write(buffer, 0, n);
                        chunks = chunks.append(new Chunk(sender, Bytes.of(buffer, 0, n)));
                    }
                    if (forwarding) {
                        try {
                            out.write(buffer, 0, n);
                        } catch (IOException receiverGone) {
                            forwarding = false;
                        }
                    }
                }
            } catch (IOException readFailed) {
                // a reset by the sender ends its stream as a close would
            }
            try {
                to.shutdownOutput();
            } catch (IOException alreadyClosed) {
                // the receiver has gone: nothing to tell it
            }
        }, "openssl-relay " + (sender == ConnectionEnd.CLIENT ? "client to server" : "server to client"));
        t.setDaemon(true);
        return t;
    }

    /** Closes the listener and both connections, which ends the copying threads. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : new Socket[] {client, server}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
