package org.tlscodec.vectors.crypto.cipher;

import io.vavr.collection.Vector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tlscodec.codec.Bytes;

/**
 * One real TLS conversation between OpenSSL's {@code s_client} and {@code s_server}, through an
 * {@link OpenSslRelay} that keeps the bytes of each side. The server runs {@code -rev}: it answers
 * each line the client sends with the line reversed, one record per line, until a line "CLOSE",
 * when it sends close_notify. The client is given {@link #REQUEST} (about 17 KiB, which it sends in
 * as many records as it reads chunks of, up to 16 KiB each) and writes the secrets of the
 * connection to an NSS key log ({@code -keylogfile}), as it would for Wireshark.
 *
 * @param clientBytes every byte the client sent
 * @param serverBytes every byte the server sent
 * @param keyLog      the client's key log
 * @param printed     the application data the client received, as it printed it
 * @param diagnostics both sides' stderr, for failure messages
 */
public record OpenSslConversation(Bytes clientBytes, Bytes serverBytes, String keyLog, Bytes printed, String diagnostics) {

    /** 120 numbered lines of 140 bytes, then the line that makes s_server {@code -rev} close. */
    static final String LINES = Vector.range(0, 120)
            .map(i -> String.format("%03d %s", i, "the quick brown fox jumps over the lazy dog, ".repeat(3)).substring(0, 139) + "\n")
            .mkString();
    static final Bytes REQUEST = Bytes.of((LINES + "CLOSE\n").getBytes(StandardCharsets.US_ASCII));

    /** What s_server {@code -rev} answers to {@link #REQUEST}: each line before "CLOSE" reversed, and nothing for "CLOSE". */
    static Bytes expectedAnswer() {
        String reversed = Vector.of(LINES.split("\n")).map(line -> new StringBuilder(line).reverse() + "\n").mkString();
        return Bytes.of(reversed.getBytes(StandardCharsets.US_ASCII));
    }

    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Pattern ACCEPT = Pattern.compile("^ACCEPT 127\\.0\\.0\\.1:(\\d+)$");

    /**
     * Holds the conversation of {@code c} with the PKI files in {@code pki}, working in {@code dir};
     * an AssertionError names the step that failed. Every process is ended before this returns.
     */
    static OpenSslConversation hold(OpenSslCase c, Path pki, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path keyLog = dir.resolve("keys.log");
        Path response = dir.resolve("response");
        Path serverErr = dir.resolve("server.err");
        Path clientErr = dir.resolve("client.err");
        Vector<String> server = Vector.of("openssl", "s_server", "-accept", "127.0.0.1:0", "-naccept", "1", "-rev",
                        "-cert", pki.resolve(c.key().file + ".pem").toString(), "-key", pki.resolve(c.key().file + ".key").toString())
                .appendAll(c.serverOptions());
        Process serverProcess = new ProcessBuilder(server.asJava()).redirectError(serverErr.toFile()).start();
        Process clientProcess = null;
        try {
            serverProcess.getOutputStream().close();
            int serverPort = listeningPort(serverProcess, () -> diagnostics(serverErr, clientErr));
            try (OpenSslRelay relay = OpenSslRelay.start(serverPort, STEP)) {
                Vector<String> client = Vector.of("openssl", "s_client", "-connect", "127.0.0.1:" + relay.port(), "-quiet",
                        "-keylogfile", keyLog.toString()).appendAll(c.clientOptions());
                clientProcess = new ProcessBuilder(client.asJava()).redirectOutput(response.toFile()).redirectError(clientErr.toFile()).start();
                try (OutputStream stdin = clientProcess.getOutputStream()) {
                    stdin.write(REQUEST.toArray());
                } catch (IOException clientGone) {
                    // s_client ended before reading its input: its exit status and stderr say why
                }
                if (!clientProcess.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("s_client still running after " + STEP.toSeconds() + " s" + diagnostics(serverErr, clientErr));
                }
                if (clientProcess.exitValue() != 0) {
                    throw new AssertionError("s_client exited with " + clientProcess.exitValue() + diagnostics(serverErr, clientErr));
                }
                boolean relayDone = relay.await(STEP);
                boolean serverDone = serverProcess.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS);
                if (!relayDone || !serverDone || !relay.failure().isEmpty()) {
                    throw new AssertionError("after s_client ended: relay " + (relayDone ? "done" : "still copying") + " "
                            + relay.failure() + ", s_server " + (serverDone ? "ended" : "still running") + diagnostics(serverErr, clientErr));
                }
                return new OpenSslConversation(relay.clientBytes(), relay.serverBytes(),
                        Files.exists(keyLog) ? Files.readString(keyLog, StandardCharsets.US_ASCII) : "", Bytes.of(Files.readAllBytes(response)),
                        diagnostics(serverErr, clientErr));
            }
        } finally {
            end(clientProcess);
            end(serverProcess);
        }
    }

    /** Reads s_server's stdout up to its "ACCEPT 127.0.0.1:port" line, then drains the rest in the background. */
    public static int listeningPort(Process server, java.util.function.Supplier<String> diagnostics) throws InterruptedException {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = ACCEPT.matcher(line);
                    if (m.matches()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IOException("s_server closed its output without an ACCEPT line"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "openssl s_server stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(STEP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("s_server did not start listening: " + e + diagnostics.get());
        }
    }

    public static String diagnostics(Path serverErr, Path clientErr) {
        return "\n--- s_server stderr:\n" + tail(serverErr) + "\n--- s_client stderr:\n" + tail(clientErr);
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "(none)";
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Ends a process that is still running, and waits for it, so no process outlives its case. */
    public static void end(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        if (p.isAlive()) {
            p.destroyForcibly();
        }
        p.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS);
    }
}
