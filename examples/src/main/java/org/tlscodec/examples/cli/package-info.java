/**
 * The {@code tlscodec} command line: picocli commands that print JSON (through Jackson) or an
 * indented tree on standard output. Errors are values, rendered at the edge; no stack trace
 * reaches the user.
 */
@NullMarked
package org.tlscodec.examples.cli;

import org.jspecify.annotations.NullMarked;
