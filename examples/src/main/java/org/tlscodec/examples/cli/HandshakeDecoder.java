package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.record.RawHandshake;

/**
 * Decodes one reassembled handshake message (header and body) for {@code tlscodec records}, with
 * the context the messages before it gave, and answers the context after it.
 */
final class HandshakeDecoder {
    private HandshakeDecoder() {
    }

    /** One decoded message: its JSON, its tree, whether it re-encoded exactly, and the context after it. */
    record Decoded(ObjectNode json, String tree, boolean exact, WireContext next) {
    }

    static Decoded decode(WireContext context, Bytes bytes) {
        Either<CodecError, RawHandshake> decoded = RawHandshake.CODEC.decode(bytes);
        if (decoded.isLeft()) {
            return new Decoded(RecordsReport.error(decoded.getLeft()), "  " + decoded.getLeft().describe() + "\n", false, context);
        }
        RawHandshake m = decoded.get();
        ObjectNode json = RenderedJson.fields(RawHandshake.CODEC.render(m));
        ObjectNode out = json.objectNode();
        out.put("type", m.msgType().code());
        out.put("name", m.msgType().display());
        out.set("fields", json);
        boolean exact = RawHandshake.CODEC.encode(m).map(bytes::equals).getOrElse(false);
        return new Decoded(out, RenderedText.tree(m.msgType().display(), RawHandshake.CODEC.render(m)), exact, context);
    }
}
