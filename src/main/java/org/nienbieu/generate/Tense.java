package org.nienbieu.generate;

/**
 * The direction a template sentence speaks in, which decides how its year-less dates and bare
 * weekdays resolve: past sentences carry no future marker, future ones say {@code sẽ} or
 * {@code dự kiến}, neutral ones get only time forms that need no direction.
 */
enum Tense {
    PAST, FUTURE, NEUTRAL;

    static Tense parse(String word) {
        return switch (word) {
            case "past" -> PAST;
            case "future" -> FUTURE;
            case "neutral" -> NEUTRAL;
            default -> throw new IllegalArgumentException("unknown tense '" + word + "'");
        };
    }
}
