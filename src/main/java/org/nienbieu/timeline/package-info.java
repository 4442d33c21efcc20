/**
 * The timeline's layout without pixels: {@link org.nienbieu.timeline.TimelineModel} prepares the
 * events once, {@link org.nienbieu.timeline.Viewport} is the visible time and size,
 * {@link org.nienbieu.timeline.TimelineLayout} turns both into a {@link org.nienbieu.timeline.Frame}
 * (lanes, items, clusters, labels, axis) that the JavaFX canvas only draws, and
 * {@link org.nienbieu.timeline.Overview} is the whole-range density band. Depends on the model and
 * the JDK only; text is measured through {@link org.nienbieu.timeline.LabelMeasurer}.
 */
package org.nienbieu.timeline;
