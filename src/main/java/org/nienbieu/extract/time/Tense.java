package org.nienbieu.extract.time;

/** The direction in time of a clause: it decides which year a bare {@code 17/10} belongs to. */
enum Tense { FORWARD, BACKWARD, NONE }
