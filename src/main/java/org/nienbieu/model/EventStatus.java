package org.nienbieu.model;

/** Whether an event happened, is expected, or was called off, put off or turned down. */
public enum EventStatus {
    OCCURRED("occurred"),
    PLANNED("planned"),
    CANCELLED("cancelled"),
    POSTPONED("postponed"),
    REJECTED("rejected");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventStatus fromLabel(String label) {
        for (EventStatus s : values()) {
            if (s.label.equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown event status: '" + label + "'");
    }
}
