package org.tlscodec.vectors.session.live;

import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.vectors.crypto.cipher.OpenSslCase;
import org.tlscodec.vectors.crypto.cipher.OpenSslConversation;
import org.tlscodec.vectors.crypto.cipher.OpenSslRelay;

/**
 * One real TLS 1.2 connection between OpenSSL's {@code s_client} and {@code s_server -rev} that the
 * client renegotiates (RFC 5246 section 7.4.1.2: a ClientHello on an established connection, under
 * its keys; RFC 5746: with renegotiation_info), recorded through an {@link OpenSslRelay} as ordered
 * chunks, with the client's NSS key log ({@code -keylogfile}: one CLIENT_RANDOM line per handshake).
 *
 * <p>s_client runs without {@code -quiet}, since that turns its commands off; a read of its standard
 * input that starts with "R" makes it call {@code SSL_renegotiate} (a full handshake, not a
 * resumption) and is not sent. Its input is written in steps, each one waiting for what s_client
 * shows once the previous step is done, never for a fixed time: {@link #BEFORE}, then (once its
 * reversed last line is printed) "R" alone, then (once s_client says RENEGOTIATING on stderr, so
 * the "R" was a read of its own) {@link #AFTER}, then (once its reversed last line is printed) "Q",
 * which makes s_client send close_notify and end. The server needs {@code -client_renegotiation}:
 * OpenSSL 3.0 servers refuse a client-initiated renegotiation by default
 * (SSL_OP_ALLOW_CLIENT_RENEGOTIATION is off; the client gets a no_renegotiation alert without it).
 *
 * @param chunks      both sides' bytes in the order the relay read them
 * @param keyLog      the client's key log
 * @param diagnostics both sides' stderr, for failure messages
 */
record OpenSslRenegotiation(Vector<Chunk> chunks, String keyLog, String diagnostics) {

    /** 30 numbered lines the client sends before renegotiating: 4200 bytes, one record. */
    static final Bytes BEFORE = lines(0, 30);
    /** 130 numbered lines the client sends after: 18200 bytes, more than one record's 2^14. */
    static final Bytes AFTER = lines(30, 160);

    /** Generous: a step waits this long for the event that ends it, and fails with the diagnostics after. */
    private static final Duration STEP = Duration.ofSeconds(30);

    /** Lines "NNN the quick brown fox ..." of 140 bytes each; none starts with a letter s_client takes as a command. */
    private static Bytes lines(int from, int to) {
        return Bytes.of(Vector.range(from, to)
                .map(i -> String.format("%03d %s", i, "the quick brown fox jumps over the lazy dog, ".repeat(3)).substring(0, 139) + "\n")
                .mkString().getBytes(StandardCharsets.US_ASCII));
    }

    /** What s_server {@code -rev} answers to {@code sent}: each line reversed, in order. */
    static Bytes reversed(Bytes sent) {
        String text = new String(sent.toArray(), StandardCharsets.US_ASCII);
        return Bytes.of(Vector.of(text.split("\n")).map(line -> new StringBuilder(line).reverse() + "\n").mkString()
                .getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Holds the conversation of {@code c} (a TLS 1.2 suite) with the PKI files in {@code pki}, working
     * in {@code dir}; an AssertionError names the step that failed. Every process is ended before
     * this returns.
     */
    static OpenSslRenegotiation hold(OpenSslCase c, Path pki, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path keyLog = dir.resolve("keys.log");
        Path serverErr = dir.resolve("server.err");
        Path clientErr = dir.resolve("client.err");
        Vector<String> server = Vector.of("openssl", "s_server", "-accept", "127.0.0.1:0", "-naccept", "1", "-rev",
                        "-client_renegotiation", "-cert", pki.resolve(c.key().file + ".pem").toString(),
                        "-key", pki.resolve(c.key().file + ".key").toString())
                .appendAll(c.serverOptions());
        Process serverProcess = new ProcessBuilder(server.asJava()).redirectError(serverErr.toFile()).start();
        Process clientProcess = null;
        try {
            serverProcess.getOutputStream().close();
            int serverPort = OpenSslConversation.listeningPort(serverProcess, () -> OpenSslConversation.diagnostics(serverErr, clientErr));
            try (OpenSslRelay relay = OpenSslRelay.start(serverPort, STEP)) {
                Vector<String> client = Vector.of("openssl", "s_client", "-connect", "127.0.0.1:" + relay.port(),
                        "-keylogfile", keyLog.toString()).appendAll(c.clientOptions());
                clientProcess = new ProcessBuilder(client.asJava()).redirectError(clientErr.toFile()).start();
                Process p = clientProcess;
                StringBuffer printed = drain(p.getInputStream());
                Supplier<String> why = () -> OpenSslConversation.diagnostics(serverErr, clientErr);
                OutputStream stdin = p.getOutputStream();
                write(stdin, BEFORE);
                awaitStep("the server's answer to the lines before", () -> printed.indexOf(lastLine(reversed(BEFORE))) >= 0, p, why);
                write(stdin, Bytes.of("R\n".getBytes(StandardCharsets.US_ASCII)));
                awaitStep("s_client to take the R command", () -> contains(clientErr, "RENEGOTIATING"), p, why);
                write(stdin, AFTER);
                awaitStep("the server's answer to the lines after", () -> printed.indexOf(lastLine(reversed(AFTER))) >= 0, p, why);
                write(stdin, Bytes.of("Q\n".getBytes(StandardCharsets.US_ASCII)));
                stdin.close();
                if (!p.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("s_client still running " + STEP.toSeconds() + " s after Q" + why.get());
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("s_client exited with " + p.exitValue() + why.get());
                }
                boolean relayDone = relay.await(STEP);
                boolean serverDone = serverProcess.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS);
                if (!relayDone || !serverDone || !relay.failure().isEmpty()) {
                    throw new AssertionError("after s_client ended: relay " + (relayDone ? "done" : "still copying") + " "
                            + relay.failure() + ", s_server " + (serverDone ? "ended" : "still running") + why.get());
                }
                return new OpenSslRenegotiation(relay.chunks(),
                        Files.exists(keyLog) ? Files.readString(keyLog, StandardCharsets.US_ASCII) : "", why.get());
            }
        } finally {
            OpenSslConversation.end(clientProcess);
            OpenSslConversation.end(serverProcess);
        }
    }

    private static String lastLine(Bytes text) {
        String s = new String(text.toArray(), StandardCharsets.US_ASCII);
        return s.substring(s.lastIndexOf('\n', s.length() - 2) + 1);
    }

    private static void write(OutputStream stdin, Bytes bytes) {
        try {
            stdin.write(bytes.toArray());
            stdin.flush();
        } catch (IOException clientGone) {
            // s_client has ended: the next step's wait reports it with its stderr
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls until {@code done}; fails when s_client ends first or after {@link #STEP}. */
    private static void awaitStep(String what, BooleanSupplier done, Process client, Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (!done.getAsBoolean()) {
            if (!client.isAlive()) {
                throw new AssertionError("s_client ended (" + client.exitValue() + ") while waiting for " + what + why.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + STEP.toSeconds() + " s for " + what + why.get());
            }
            Thread.sleep(20);
        }
    }

    /** Reads s_client's stdout (its connection report and the data it received) in the background. */
    private static StringBuffer drain(InputStream out) {
        StringBuffer printed = new StringBuffer();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (out) {
                for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                    printed.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "openssl s_client stdout");
        reader.setDaemon(true);
        reader.start();
        return printed;
    }
}
