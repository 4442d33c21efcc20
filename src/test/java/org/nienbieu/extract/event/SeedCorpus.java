package org.nienbieu.extract.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.extract.entity.ArticleEntities;
import org.nienbieu.extract.entity.EntityRecognizer;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;

/** The five seed articles read and run through resolver, recogniser, extractor and merger. */
final class SeedCorpus {

    final List<Article> articles = new ArrayList<>();
    final List<ArticleEvents> perArticle = new ArrayList<>();
    final EventMerger merger = new EventMerger();

    SeedCorpus() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        TimeExpressionResolver resolver = new TimeExpressionResolver();
        EntityRecognizer recognizer = new EntityRecognizer();
        EventExtractor extractor = new EventExtractor();
        for (Path f : files) {
            Article a = ArticleReader.read(f, f.getFileName().toString());
            List<TimeExpression> times = resolver.resolve(a);
            ArticleEntities entities = recognizer.recognise(a);
            ArticleEvents events = extractor.extract(a, times, entities);
            articles.add(a);
            perArticle.add(events);
            merger.add(events);
        }
    }

    Article article(String name) {
        return articles.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    static String prefix(String name) {
        return name.substring(0, 3);
    }

    static void ignore(IOException e) {
    }
}
