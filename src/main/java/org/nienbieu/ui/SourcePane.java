package org.nienbieu.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The article opened at a source sentence: the text in a {@link TextFlow}, the sentence in bold
 * on a highlighted background (the flow's own range shape, so it follows line wrapping), scrolled
 * so the sentence sits in the upper third of the pane.
 */
final class SourcePane {

    private final BorderPane root = new BorderPane();
    private final Label header = new Label();
    private final Text before = new Text();
    private final Text highlight = new Text();
    private final Text after = new Text();
    private final TextFlow flow = new TextFlow(before, highlight, after);
    private final Path box = new Path();
    private final Pane content = new Pane(box, flow);
    private final ScrollPane scroll = new ScrollPane(content);
    private boolean scrollPending;

    SourcePane(UiText text) {
        root.setId("source");
        header.getStyleClass().add("source-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setText(text.get("source.none"));
        highlight.setId("source-highlight");
        highlight.setFont(Font.font("System", FontWeight.BOLD, 13));
        before.setFont(Font.font("System", 13));
        after.setFont(Font.font("System", 13));
        flow.getStyleClass().add("source-text");
        flow.setLineSpacing(3);
        box.getStyleClass().add("source-highlight-box");
        box.setManaged(false);
        scroll.setFitToWidth(true);
        flow.prefWidthProperty().bind(scroll.widthProperty().subtract(18));
        flow.layoutBoundsProperty().addListener((o, a, b) -> placeBox());
        root.setTop(header);
        root.setCenter(scroll);
    }

    Node root() {
        return root;
    }

    void show(SourceDocument doc, UiText text) {
        if (doc == null) {
            header.setText(text.get("source.none"));
            before.setText("");
            highlight.setText("");
            after.setText("");
            box.getElements().clear();
            return;
        }
        header.setText(doc.published().map(d -> text.get("source.header", doc.article(), new DateWords(text.locale()).compact(
                org.nienbieu.model.DateSpan.day(d)))).orElse(doc.article()));
        if (doc.problem().isPresent()) {
            before.setText(doc.problem().get());
            highlight.setText("");
            after.setText("");
            box.getElements().clear();
            return;
        }
        before.setText(doc.text().substring(0, doc.highlightStart()));
        highlight.setText(doc.highlighted());
        after.setText(doc.text().substring(doc.highlightEnd()));
        scrollPending = true;
        flow.requestLayout();
        placeBox();
    }

    private void placeBox() {
        box.getElements().clear();
        if (highlight.getText().isEmpty()) {
            return;
        }
        int start = before.getText().length();
        int end = start + highlight.getText().length();
        PathElement[] shape = flow.rangeShape(start, end);
        box.getElements().setAll(shape);
        // rangeShape leaves out the flow's padding (fixed only in later JavaFX): add it back.
        box.setLayoutX(flow.getLayoutX() + flow.snappedLeftInset());
        box.setLayoutY(flow.getLayoutY() + flow.snappedTopInset());
        if (scrollPending && shape.length > 0) {
            Bounds b = box.getLayoutBounds();
            double contentH = content.getHeight();
            double viewH = scroll.getViewportBounds().getHeight();
            if (contentH > viewH && viewH > 0) {
                scrollPending = false;
                double y = Math.max(0, b.getMinY() - viewH / 3);
                scroll.setVvalue(Math.min(1, y / (contentH - viewH)));
            } else if (viewH > 0) {
                scrollPending = false;
                scroll.setVvalue(0);
            }
        }
    }

    /** Brings the pane into focus so keys scroll it. */
    void focus() {
        scroll.requestFocus();
    }
}
