package org.tlscodec.session.record;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.sslv2.SSLv2Message;

/**
 * What a record carried, decoded by its (inner) content type (RFC 8446 section 5.1, RFC 5246
 * section 6.2.1): the handshake messages it completed, an alert, a ChangeCipherSpec, application
 * data, an SSL 2.0 message, or bytes of another type kept as they are.
 */
public sealed interface RecordContent {

    /**
     * The bytes this content stood for in the record's plaintext: a message's bytes as received,
     * the application data, an alert's or a ChangeCipherSpec's encoding (two bytes, one byte), an
     * SSL 2.0 message or other content as received. A record's contents joined give its plaintext.
     */
    Bytes plaintext();

    /** A handshake message this record completed, with its bytes (header included) as received. */
    record HandshakeContent(HandshakeMessage message, Bytes bytes) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return bytes;
        }
    }

    /** An alert (RFC 8446 section 6). */
    record AlertContent(Alert alert) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return Alert.CODEC.encode(alert).getOrElse(Bytes.empty()); // a decoded alert always encodes
        }
    }

    /** A ChangeCipherSpec (RFC 5246 section 7.1; in TLS 1.3 only for middlebox compatibility, appendix D.4). */
    record ChangeCipherSpecContent(ChangeCipherSpec changeCipherSpec) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return ChangeCipherSpec.CODEC.encode(changeCipherSpec).getOrElse(Bytes.empty()); // a decoded one always encodes
        }
    }

    /** Application data, as the application wrote it. */
    record ApplicationData(Bytes data) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return data;
        }
    }

    /**
     * An SSL 2.0 handshake message (the SSL 2.0 draft, "SSL Handshake Protocol"): the data of one
     * SSL 2.0 record, its type byte first, as received (decrypted, MAC and padding removed).
     */
    record SslV2MessageContent(SSLv2Message message, Bytes bytes) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return bytes;
        }
    }

    /** Content of another type (heartbeat, an unregistered type), kept undecoded. */
    record OtherContent(ContentType type, Bytes bytes) implements RecordContent {
        @Override
        public Bytes plaintext() {
            return bytes;
        }
    }
}
