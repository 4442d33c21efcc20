package org.nienbieu.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;

/** One row of the result list: a dot in the event type's colour, the label, the date and status. */
final class ResultCell extends ListCell<Event> {

    private final UiText text;
    private final DateWords dates;
    private final TimelineView colors;
    private final Region swatch = new Region();
    private final Label label = new Label();
    private final Label date = new Label();
    private final HBox row;

    ResultCell(UiText text, TimelineView colors) {
        this.text = text;
        this.dates = new DateWords(text.locale());
        this.colors = colors;
        swatch.getStyleClass().add("type-swatch");
        date.getStyleClass().add("result-date");
        label.setWrapText(false);
        VBox words = new VBox(1, label, date);
        HBox.setHgrow(words, Priority.ALWAYS);
        row = new HBox(8, swatch, words);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Event e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        label.setText(e.label());
        String status = e.status() == EventStatus.OCCURRED ? "" : " · " + text.status(e.status());
        date.setText(dates.compact(e.date()) + " · " + text.type(e.type()) + status);
        swatch.setStyle("-fx-background-color: " + web(colors.typeColor(e.type())) + ";");
        setGraphic(row);
        setText(null);
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
