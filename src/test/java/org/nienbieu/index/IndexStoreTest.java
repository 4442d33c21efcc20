package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.model.Actor;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;
import org.nienbieu.model.Ranked;
import org.nienbieu.model.Sentence;

class IndexStoreTest {

    @TempDir
    Path dir;

    static IndexedArticle article(String name, String body) {
        String text = " date 2025-06-02\n" + body;
        int bodyStart = 17;
        Sentence s = new Sentence(0, 0, bodyStart, text.length(), body, bodyStart, text.length());
        Article a = new Article(name, LocalDate.of(2025, 6, 2), text, bodyStart, AnalysisText.identity(text),
                List.of(), List.of(s));
        return new IndexedArticle(name, new FileStamp(text.length(), 1, "h-" + name), a, "{}");
    }

    @Test
    void aSchemaVersionChangeRebuildsInsteadOfMisreading() throws IOException {
        try (IndexStore v1 = IndexStore.openWritable(dir, 1)) {
            v1.putArticle(article("a.txt", "Hai bên đàm phán."));
            v1.commit(IndexStore.Commit.COMPLETE);
        }
        try (IndexStore v2 = IndexStore.openWritable(dir, 2)) {
            assertThat(v2.fileStamps()).isEmpty();
        }
        assertThat(dir.resolve("schema-1")).doesNotExist();
        assertThat(dir.resolve("schema-2")).isDirectory();
    }

    @Test
    void commitDataOfAnotherSchemaInTheSameFolderIsRebuilt() throws IOException {
        try (IndexStore old = IndexStore.openWritable(dir, 1)) {
            old.putArticle(article("a.txt", "Hai bên đàm phán."));
            old.commit(IndexStore.Commit.COMPLETE);
        }
        // Someone copied an index of schema 1 into the schema-2 folder.
        Files.move(dir.resolve("schema-1"), dir.resolve("schema-2"));
        try (IndexStore v2 = IndexStore.openWritable(dir, 2)) {
            assertThat(v2.fileStamps()).isEmpty();
        }
    }

    @Test
    void aSecondWriterGetsAClearMessage() throws IOException {
        try (IndexStore first = IndexStore.openWritable(dir)) {
            assertThatThrownBy(() -> IndexStore.openWritable(dir))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("being updated by another process");
        }
        try (IndexStore again = IndexStore.openWritable(dir)) {
            assertThat(again.fileStamps()).isEmpty();
        }
    }

    @Test
    void searchersSeeOnlyCommittedDocumentsAndReadWhileAWriterHoldsTheLock() throws IOException {
        try (IndexStore store = IndexStore.openWritable(dir)) {
            store.putArticle(article("a.txt", "Hai bên đàm phán."));
            store.commit(IndexStore.Commit.COMPLETE);
            store.putArticle(article("b.txt", "Hai bên tiếp tục đàm phán."));
            try (SearchService search = SearchService.open(dir)) {
                assertThat(search.search(SearchRequest.of("đàm phán").withKind(Schema.Kind.ARTICLE)).total()).isEqualTo(1);
                store.commit(IndexStore.Commit.COMPLETE);
                search.refresh();
                assertThat(search.search(SearchRequest.of("đàm phán").withKind(Schema.Kind.ARTICLE)).total()).isEqualTo(2);
            }
        }
    }

    @Test
    void closingWithoutCommitDropsTheChanges() throws IOException {
        try (IndexStore store = IndexStore.openWritable(dir)) {
            store.putArticle(article("a.txt", "Hai bên đàm phán."));
            store.commit(IndexStore.Commit.COMPLETE);
            store.putArticle(article("b.txt", "Chưa ghi."));
            store.removeArticle("a.txt");
        }
        try (IndexStore store = IndexStore.openWritable(dir)) {
            assertThat(store.fileStamps()).containsOnlyKeys("a.txt");
        }
    }

    @Test
    void storedArticlesAreFoundByNameAsTheyWereWhenTheViewWasTaken() throws IOException {
        try (IndexStore store = IndexStore.openWritable(dir)) {
            for (String name : List.of("c.txt", "a.txt", "b/x.txt")) {
                store.putArticle(article(name, "Nội dung " + name));
            }
            try (IndexStore.StoredArticles stored = store.storedArticles()) {
                store.removeArticle("a.txt");
                store.putArticle(article("d.txt", "Bài mới."));
                assertThat(stored.get("b/x.txt")).get().extracting(StoredArticle::blob, StoredArticle::published)
                        .containsExactly("{}", LocalDate.of(2025, 6, 2));
                assertThat(stored.get("a.txt")).as("removed after the view was taken").isPresent();
                assertThat(stored.get("d.txt")).as("put after the view was taken").isEmpty();
                assertThat(stored.get("nowhere.txt")).isEmpty();
            }
        }
    }

    static Event meeting(String id, int day, String article, String sentence) {
        LocalDate date = LocalDate.of(2025, 6, day);
        return new Event(id, EventType.MEETING, EventStatus.OCCURRED, DateSpan.of(date, date, Precision.DAY),
                List.of(new Actor("person:a", "Ông A", Optional.empty())), List.of("Hà Nội"), "Gặp " + id,
                List.of(new Mention(article, 0, sentence.length(), sentence)));
    }

    static Iterator<Ranked<Event>> ranked(Event... events) {
        List<Ranked<Event>> out = new ArrayList<>();
        for (Event e : events) {
            out.add(new Ranked<>(e.date().start() + "/" + e.id(), e));
        }
        return out.iterator();
    }

    @Test
    void aNewMergeWritesOnlyTheEventsThatChangedAndDeletesThoseGone() throws IOException {
        Event one = meeting("one", 1, "a.txt", "Ông A gặp ông B.");
        Event two = meeting("two", 2, "a.txt", "Ông A gặp ông C.");
        Event three = meeting("three", 3, "b.txt", "Ông A gặp ông D.");
        try (IndexStore store = IndexStore.openWritable(dir)) {
            assertThat(store.replaceEventsAndQuotes(ranked(one, two, three), Collections.emptyIterator(), Map.of(),
                    Map.of())).isEqualTo(3);
            Event twoRetold = meeting("two", 2, "a.txt", "Ông A gặp ông C tại Huế.");
            Event four = meeting("four", 4, "c.txt", "Ông A gặp ông E.");
            assertThat(store.replaceEventsAndQuotes(ranked(one, twoRetold, four), Collections.emptyIterator(), Map.of(),
                    Map.of())).as("two changed, four is new; one is kept, three deleted").isEqualTo(2);
            store.commit(IndexStore.Commit.COMPLETE);
        }
        StoredChronology read = StoredChronology.read(dir);
        assertThat(read.events()).extracting(Event::id).containsExactly("one", "two", "four");
        assertThat(read.events().get(1).mentions().get(0).text()).isEqualTo("Ông A gặp ông C tại Huế.");
        try (IndexStore store = IndexStore.openWritable(dir)) {
            assertThat(store.replaceEventsAndQuotes(ranked(one, meeting("two", 2, "a.txt", "Ông A gặp ông C tại Huế."),
                    meeting("four", 4, "c.txt", "Ông A gặp ông E.")), Collections.emptyIterator(), Map.of(), Map.of()))
                    .as("the same merge again writes nothing").isZero();
            assertThat(store.documentCount()).isEqualTo(3);
        }
    }

    @Test
    void openingAFolderWithoutAnIndexForSearchSaysSo() {
        assertThatThrownBy(() -> SearchService.open(dir)).isInstanceOf(IndexMissingException.class)
                .hasMessageContaining("no index");
    }
}
