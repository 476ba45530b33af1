package org.tlscodec.vectors.crypto.cipher;

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

/**
 * A TCP relay on 127.0.0.1 between one client and one server that keeps every byte each side sends:
 * what a capture on the wire would hold, without capture privileges. Each direction is copied by
 * its own thread until its sender closes, then the relay half-closes towards the receiver, so each
 * side sees the other's close as it would directly. A byte is kept before it is passed on, so a
 * side's stream is whole even when the receiver has already gone.
 */
final class OpenSslRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final String serverHost;
    private final int serverPort;
    private final ByteArrayOutputStream fromClient = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
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
    static OpenSslRelay start(int serverPort, Duration timeout) throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listener.setSoTimeout((int) timeout.toMillis());
        OpenSslRelay relay = new OpenSslRelay(listener, InetAddress.getLoopbackAddress().getHostAddress(), serverPort, timeout);
        relay.worker.start();
        return relay;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Waits until both directions have closed; false when they have not within {@code timeout}. */
    boolean await(Duration timeout) throws InterruptedException {
        worker.join(timeout.toMillis());
        return !worker.isAlive();
    }

    /** What went wrong while accepting or connecting, empty when nothing did. */
    String failure() {
        return failure;
    }

    /** The bytes the client sent; call after {@link #await}. */
    synchronized Bytes clientBytes() {
        return Bytes.of(fromClient.toByteArray());
    }

    /** The bytes the server sent; call after {@link #await}. */
    synchronized Bytes serverBytes() {
        return Bytes.of(fromServer.toByteArray());
    }

    private void relay(Duration timeout) {
        try (Socket c = listener.accept(); Socket s = new Socket()) {
            client = c;
            server = s;
            s.connect(new InetSocketAddress(serverHost, serverPort), (int) timeout.toMillis());
            Thread up = copier(c, s, fromClient, "client to server");
            Thread down = copier(s, c, fromServer, "server to client");
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

    private Thread copier(Socket from, Socket to, ByteArrayOutputStream kept, String name) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            boolean forwarding = true;
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (this) {
                        kept.write(buffer, 0, n);
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
        }, "openssl-relay " + name);
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
