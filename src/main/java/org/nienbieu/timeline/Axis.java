package org.nienbieu.timeline;

import java.util.List;

/**
 * The time axis of one frame: the minor unit and step chosen for this zoom (every label at least
 * the configured spacing apart), the coarser major unit, and both rows of ticks. Labels within a
 * row never overlap.
 */
public record Axis(AxisUnit unit, int step, AxisUnit majorUnit, int majorStep, List<AxisTick> minor,
                   List<AxisTick> major) {

    public Axis {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }
}
