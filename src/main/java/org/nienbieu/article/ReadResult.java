package org.nienbieu.article;

import java.util.Optional;
import org.nienbieu.model.Article;

/**
 * The outcome of reading one file of a corpus: an article, or the reason it could not be read;
 * and for an article whose encoding had to be guessed, the encoding used (worth a warning).
 */
public record ReadResult(String file, Optional<Article> article, Optional<BadArticleException> problem,
                         Optional<String> guessedEncoding) {

    public static ReadResult ok(Article article) {
        return ok(article, Optional.empty());
    }

    public static ReadResult ok(Article article, Optional<String> guessedEncoding) {
        return new ReadResult(article.name(), Optional.of(article), Optional.empty(), guessedEncoding);
    }

    public static ReadResult bad(BadArticleException problem) {
        return new ReadResult(problem.file(), Optional.empty(), Optional.of(problem), Optional.empty());
    }

    public boolean isOk() {
        return article.isPresent();
    }
}
