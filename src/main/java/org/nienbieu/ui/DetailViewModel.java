package org.nienbieu.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.model.Article;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/**
 * The detail pane of the selected event, as words in the chosen language: label, type and
 * status, date and its precision, actors with roles, places, quotes and every source sentence.
 * Opening a source reads the article on the background executor and hands back a
 * {@link SourceDocument} with the sentence located; a later request wins over an earlier one.
 */
public final class DetailViewModel {

    /** A quotation with who said it, ready to show. */
    public record QuoteLine(String text, String speaker) {
    }

    private final Dispatch dispatch;
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", UiText.VIETNAMESE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> places = FXCollections.observableArrayList();
    private final ObservableList<QuoteLine> quotes = FXCollections.observableArrayList();
    private final ObservableList<Mention> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SourceDocument> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Mention> openedMention = new ReadOnlyObjectWrapper<>(this, "openedMention");
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");
    private Map<String, List<Quote>> quotesByEvent = Map.of();
    private Path corpus;
    private long sequence;

    public DetailViewModel(Dispatch dispatch) {
        this.dispatch = dispatch;
        event.addListener((o, a, b) -> refresh());
        locale.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Type and status: "Điện đàm · đã diễn ra". */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The date in words with its precision. */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObservableList<String> places() {
        return places;
    }

    public ObservableList<QuoteLine> quotes() {
        return quotes;
    }

    public ObservableList<Mention> sources() {
        return sources;
    }

    /** Counts refreshes: a view redraws when it changes, after every word above is up to date. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The article opened at a source sentence, or null. */
    public ReadOnlyObjectProperty<SourceDocument> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The source sentence last opened, or null. */
    public ReadOnlyObjectProperty<Mention> openedMentionProperty() {
        return openedMention.getReadOnlyProperty();
    }

    /** The corpus the mentions point into, and the chronology's quotes by event. */
    public void setCorpus(Path corpus, List<Quote> allQuotes) {
        this.corpus = corpus;
        Map<String, List<Quote>> byEvent = new HashMap<>();
        for (Quote q : allQuotes) {
            q.eventId().ifPresent(id -> byEvent.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(q));
        }
        quotesByEvent = byEvent;
        source.set(null);
        openedMention.set(null);
        refresh();
    }

    private void refresh() {
        update();
        revision.set(revision.get() + 1);
    }

    private void update() {
        Event e = event.get();
        UiText text = UiText.of(locale.get());
        if (e == null) {
            title.set("");
            kind.set("");
            date.set("");
            actors.clear();
            places.clear();
            quotes.clear();
            sources.clear();
            return;
        }
        title.set(e.label());
        kind.set(text.type(e.type()) + " · " + text.status(e.status()));
        date.set(new DateWords(text.locale()).say(e.date()) + " (" + text.get("detail.precision", text.precision(e.date().precision())) + ")");
        actors.setAll(e.actors().stream().map(a -> a.role().map(r -> a.name() + " — " + r).orElse(a.name())).toList());
        places.setAll(e.places());
        quotes.setAll(quotesByEvent.getOrDefault(e.id(), List.of()).stream()
                .map(q -> new QuoteLine(q.text(), q.speaker().map(s -> s.name()).orElse(text.get("detail.speakerUnknown"))))
                .toList());
        if (!sources.equals(e.mentions())) {
            sources.setAll(e.mentions());
        }
    }

    /** Reads the article of {@code mention} in the background and shows it at that sentence. */
    public void openSource(Mention mention) {
        long seq = ++sequence;
        openedMention.set(mention);
        Path dir = corpus;
        Locale language = locale.get();
        if (dir == null) {
            return;
        }
        dispatch.background().execute(() -> {
            SourceDocument doc = read(dir, mention, language);
            dispatch.fx().execute(() -> {
                if (seq == sequence) {
                    source.set(doc);
                }
            });
        });
    }

    static SourceDocument read(Path corpus, Mention m, Locale language) {
        try {
            Article a = ArticleReader.read(corpus.resolve(m.article()), m.article());
            String text = a.text();
            int cps = text.codePointCount(0, text.length());
            int body = text.offsetByCodePoints(0, Math.min(a.bodyStart(), cps));
            int start = text.offsetByCodePoints(0, Math.min(m.start(), cps));
            int end = text.offsetByCodePoints(0, Math.min(m.end(), cps));
            if (start < body) {
                body = 0;
            }
            return new SourceDocument(m.article(), Optional.of(a.published()), text.substring(body),
                    start - body, end - body, Optional.empty());
        } catch (BadArticleException e) {
            return SourceDocument.failed(m.article(), e.reason(language));
        }
    }
}
