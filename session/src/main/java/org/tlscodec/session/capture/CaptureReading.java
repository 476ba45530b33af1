package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * What reading a capture gave: its format, how many frames it held, its TCP connections (TLS or
 * not, see {@link TcpConnection#tls()}), the decryption secrets its pcapng blocks carried, the
 * errors (file-level and per packet) and the notes. Whatever was read before an error is here.
 */
public record CaptureReading(
        Option<CaptureFormat> format,
        int frameCount,
        Vector<TcpConnection> connections,
        Vector<DecryptionSecrets> secrets,
        Vector<CaptureError> errors,
        Vector<CaptureNote> notes) {

    /** The connections that carry TLS. */
    public Vector<TcpConnection> tlsConnections() {
        return connections.filter(TcpConnection::tls);
    }

    /**
     * The NSS key log text of every TLSK Decryption Secrets Block, in file order, joined with a line
     * break where one did not end with one; empty when the capture carried none.
     */
    public String keyLog() {
        return DecryptionSecrets.joinedKeyLog(secrets);
    }

    /** True when nothing went wrong reading the file and its packets. */
    public boolean clean() {
        return errors.isEmpty();
    }
}
