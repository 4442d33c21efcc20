package org.nienbieu;

import org.nienbieu.cli.NienbieuCommand;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}: launching an
 * Application subclass directly from a fat jar makes the JavaFX launcher refuse to start
 * ("JavaFX runtime components are missing"). No arguments opens the window on the last
 * corpus or the bundled seeds; anything else is a command.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(NienbieuCommand.run(args.length == 0 ? new String[] {"open"} : args));
    }
}
