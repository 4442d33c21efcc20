package org.nienbieu.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code rather than from {@code logback.xml}: parsing XML loaded about 570
 * classes (Joran and an XML parser) before the window could show. Warnings and errors go to
 * stderr, so standard output stays clean for the CLI's results; {@code --verbose} sets the
 * {@code nienbieu.log.level} property to DEBUG before the first logger exists. A
 * {@code logback-test.xml} on the class path (the tests') still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String LEVEL_PROPERTY = "nienbieu.log.level";
    // Lucene speaks through java.util.logging: on JDK 21+ it announces its memory-mapping and
    // vector code paths on every run. Kept strongly reachable: JUL forgets the level of a logger
    // nobody references.
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Level level = Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.WARN);
        LUCENE.setLevel(level.isGreaterOrEqual(Level.WARN) ? java.util.logging.Level.SEVERE : java.util.logging.Level.INFO);
        if (getClass().getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.nienbieu").setLevel(level);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
