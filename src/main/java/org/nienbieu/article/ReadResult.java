package org.nienbieu.article;

import java.util.Optional;
import org.nienbieu.model.Article;

/** The outcome of reading one file of a corpus: an article, or the reason it could not be read. */
public record ReadResult(String file, Optional<Article> article, Optional<BadArticleException> problem) {

    public static ReadResult ok(Article article) {
        return new ReadResult(article.name(), Optional.of(article), Optional.empty());
    }

    public static ReadResult bad(BadArticleException problem) {
        return new ReadResult(problem.file(), Optional.empty(), Optional.of(problem));
    }

    public boolean isOk() {
        return article.isPresent();
    }
}
