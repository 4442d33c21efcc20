package org.nienbieu.extract.event;

import org.nienbieu.model.EventType;

/**
 * What a trigger phrase announces: an event type, {@code EITHER} a call or a meeting (the context
 * decides, e.g. {@code trao đổi}), or {@code NONE} for a longer phrase that blocks a shorter
 * trigger inside it ({@code nhà đàm phán}, {@code lên kế hoạch}), or {@code ADOPT} adopting a text
 * ({@code thông qua}), which is an agreement unless its clause names a sanction or statement.
 */
enum TriggerType {
    MEETING, CALL, PROPOSAL, AGREEMENT, SANCTION, STATEMENT, EITHER, ADOPT, NONE;

    EventType eventType() {
        return switch (this) {
            case MEETING -> EventType.MEETING;
            case CALL -> EventType.CALL;
            case PROPOSAL -> EventType.PROPOSAL;
            case AGREEMENT, ADOPT -> EventType.AGREEMENT;
            case SANCTION -> EventType.SANCTION;
            case STATEMENT -> EventType.STATEMENT;
            case EITHER, NONE -> null;
        };
    }

    /** True for the types a text adopted ({@code thông qua}) can turn out to be. */
    boolean adoptable() {
        return this == AGREEMENT || this == SANCTION || this == STATEMENT || this == ADOPT;
    }
}
