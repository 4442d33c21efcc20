package org.nienbieu.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.nienbieu.model.Mention;

/**
 * The selected event in words: title, type and status, date with its precision, actors with
 * roles, places, quotes, and every source sentence as a link that opens the article at it. Built
 * from {@link DetailViewModel} and rebuilt when the event changes.
 */
final class DetailPane {

    private static final PseudoClass OPENED = PseudoClass.getPseudoClass("opened");

    private final DetailViewModel vm;
    private final UiText text;
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);

    DetailPane(DetailViewModel vm, UiText text, Subscriptions subs) {
        this.vm = vm;
        this.text = text;
        box.getStyleClass().add("detail-pane");
        box.setId("detail");
        scroll.setFitToWidth(true);
        subs.onInvalidate(vm.revisionProperty(), o -> rebuild());
        subs.onInvalidate(vm.openedMentionProperty(), o -> markOpened());
        rebuild();
    }

    Node root() {
        return scroll;
    }

    private void rebuild() {
        box.getChildren().clear();
        if (vm.eventProperty().get() == null) {
            Label hint = new Label(text.get("detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("detail-kind");
            box.getChildren().add(hint);
            return;
        }
        Label title = new Label(vm.titleProperty().get());
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        Label kind = new Label(vm.kindProperty().get());
        kind.getStyleClass().add("detail-kind");
        Label date = new Label(vm.dateProperty().get());
        date.setId("detail-date");
        date.setWrapText(true);
        box.getChildren().addAll(title, kind, date);
        section("detail.actors", vm.actors());
        section("detail.places", vm.places());
        if (!vm.quotes().isEmpty()) {
            box.getChildren().add(heading("detail.quotes"));
            for (DetailViewModel.QuoteLine q : vm.quotes()) {
                Label l = new Label("“" + q.text() + "” — " + q.speaker());
                l.getStyleClass().add("detail-quote");
                box.getChildren().add(l);
            }
        }
        box.getChildren().add(heading("detail.sources", vm.sources().size()));
        for (Mention m : vm.sources()) {
            Label link = new Label(m.text());
            link.getStyleClass().add("source-link");
            link.setUserData(m);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setOnMouseClicked(e -> vm.openSource(m));
            link.setAccessibleHelp(m.article());
            box.getChildren().add(link);
        }
        markOpened();
    }

    private void section(String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        box.getChildren().add(heading(key));
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
    }

    private Label heading(String key, Object... args) {
        Label l = new Label(text.get(key, args).toUpperCase(text.locale()));
        l.getStyleClass().add("detail-section");
        return l;
    }

    private void markOpened() {
        Mention opened = vm.openedMentionProperty().get();
        for (Node n : box.getChildren()) {
            if (n.getStyleClass().contains("source-link")) {
                n.pseudoClassStateChanged(OPENED, n.getUserData() != null && n.getUserData().equals(opened));
            }
        }
    }
}
