package org.tlscodec.examples.cli;

import io.vavr.control.Option;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the executable jar's manifest names. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Option.of(Version.class.getPackage())
                .flatMap(p -> Option.of(p.getImplementationVersion()))
                .getOrElse("(development build)");
        return new String[] {"tlscodec " + version};
    }
}
