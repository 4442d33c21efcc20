package org.nienbieu.timeline;

/**
 * How events are split into horizontal lanes: one lane per event type present in the model, or one
 * per leading actor (the top N by event count, from {@link LayoutOptions#topActors()}) plus a
 * "Khác/Other" lane for events with none of them. An event with several leading actors appears in
 * each of their lanes.
 */
public enum LaneMode {
    BY_TYPE,
    BY_ACTOR
}
