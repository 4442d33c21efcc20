package org.nienbieu.model;

/** How exactly a {@link DateSpan} is known; the label is what users and JSON see. */
public enum Precision {
    DAY("day"),
    DAYS("days"),
    WEEK("week"),
    MONTH("month"),
    PART_OF_MONTH("part-of-month"),
    QUARTER("quarter"),
    SEASON("season"),
    YEAR("year"),
    UNDATED("undated");

    private final String label;

    Precision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Precision fromLabel(String label) {
        for (Precision p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision: '" + label + "'");
    }
}
