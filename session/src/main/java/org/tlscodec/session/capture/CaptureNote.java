package org.tlscodec.session.capture;

import io.vavr.control.Option;

/**
 * Something worth knowing that is not an error: an IP fragment that was not reassembled, blocks of
 * a type this package skips, frames of a link type it does not read.
 *
 * @param frame  the frame it is about, if one
 * @param offset the byte offset in the file it is about
 */
public record CaptureNote(Option<Integer> frame, long offset, String text) {

    @Override
    public String toString() {
        return frame.map(f -> "frame " + f + ": ").getOrElse("") + text + " (offset " + offset + ")";
    }
}
