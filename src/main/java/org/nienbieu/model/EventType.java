package org.nienbieu.model;

/**
 * What kind of thing happened. Meetings include talks, negotiations, summits, visits and the
 * summoning of an ambassador; proposals include plans, invitations and ultimatums; sanctions
 * include diplomatic retaliation (expulsions, closed missions, banned officials), as PLOVER codes them.
 */
public enum EventType {
    MEETING("meeting"),
    CALL("call"),
    PROPOSAL("proposal"),
    AGREEMENT("agreement"),
    SANCTION("sanction"),
    STATEMENT("statement");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type: '" + label + "'");
    }
}
