package org.nienbieu.cli;

/** A problem with what the user asked for (a missing folder, a bad value): exit code 2, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
