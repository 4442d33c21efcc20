package org.nienbieu.timeline;

/**
 * The title of an item placed in its row: to the right of the item when there is room, or inside
 * a bar wide enough to hold it; {@code item} is the index of that item in {@link Frame#items()}.
 */
public record Label(String text, double x, double y, double width, double height, int item) {

    public double x1() {
        return x + width;
    }
}
