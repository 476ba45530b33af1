package org.tlscodec.session.state;

/** The value of a step that only changes the state ({@link State#set}, {@link State#modify}): there is nothing else to answer. */
public enum Done {
    DONE
}
