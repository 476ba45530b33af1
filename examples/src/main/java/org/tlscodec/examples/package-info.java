/**
 * Small programs that use the library the way an application would; each is run by a test.
 * The command line is in {@link org.tlscodec.examples.cli}.
 */
@NullMarked
package org.tlscodec.examples;

import org.jspecify.annotations.NullMarked;
