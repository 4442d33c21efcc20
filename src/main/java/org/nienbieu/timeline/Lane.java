package org.nienbieu.timeline;

/**
 * One horizontal lane of a frame: a stable key ({@code type:MEETING}, {@code actor:person:x},
 * {@code other}), the name shown for it, where it is drawn and how many rows of items it holds.
 */
public record Lane(String key, String name, double y, double height, int rows) {
}
