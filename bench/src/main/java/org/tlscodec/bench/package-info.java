/** JMH benchmarks: the combinator codecs against the hand-written baselines, measured in one run. */
@NullMarked
package org.tlscodec.bench;

import org.jspecify.annotations.NullMarked;
