package org.nienbieu.extract.time;

/**
 * A part of a month, year or week named by {@code đầu}, {@code giữa}, {@code cuối},
 * {@code thượng/trung/hạ tuần}, {@code nửa đầu/cuối}. Month parts: early 1-10, mid 11-20, late
 * 21-end, halves 1-15 and 16-end. Year parts: early Jan-Mar, mid Apr-Sep, late Oct-Dec, halves
 * Jan-Jun and Jul-Dec. Week parts: early Mon-Tue, mid Wed-Thu, late (weekend) Sat-Sun.
 */
enum Part { EARLY, MID, LATE, FIRST_HALF, SECOND_HALF }
