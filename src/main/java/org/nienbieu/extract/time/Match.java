package org.nienbieu.extract.time;

/** What a rule read at a position: the token after the expression, and what the expression says. */
record Match(int end, Mention mention) {
}
