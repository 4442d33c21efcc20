package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
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
    void storedArticlesComeBackInNameOrderWithTheirBlobs() throws IOException {
        try (IndexStore store = IndexStore.openWritable(dir)) {
            for (String name : List.of("c.txt", "a.txt", "b/x.txt")) {
                store.putArticle(article(name, "Nội dung " + name));
            }
            List<String> names = new ArrayList<>();
            store.forEachStoredArticle(s -> names.add(s.name() + "=" + s.blob() + "@" + s.published()));
            assertThat(names).containsExactly("a.txt={}@2025-06-02", "b/x.txt={}@2025-06-02", "c.txt={}@2025-06-02");
        }
    }

    @Test
    void openingAFolderWithoutAnIndexForSearchSaysSo() {
        assertThatThrownBy(() -> SearchService.open(dir)).isInstanceOf(IndexMissingException.class)
                .hasMessageContaining("no index");
    }
}
