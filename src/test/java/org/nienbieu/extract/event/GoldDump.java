package org.nienbieu.extract.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.extract.entity.ArticleEntities;
import org.nienbieu.extract.entity.EntityRecognizer;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.TimeExpression;

/** Prints what the gold articles give per article, for development (run with -Dtest=GoldDump). */
class GoldDump {

    @Test
    void dump() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("goldDir", "src/test/resources/gold/articles")))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String only = System.getProperty("article");
        for (Path f : files) {
            if (only != null && !f.getFileName().toString().startsWith(only)) {
                continue;
            }
            Article a = ArticleReader.read(f, f.getFileName().toString());
            List<TimeExpression> times = new TimeExpressionResolver().resolve(a);
            ArticleEntities ents = new EntityRecognizer().recognise(a);
            System.out.println("=== " + a.name() + " " + a.published());
            if (System.getProperty("dumpInputs") != null) {
                times.forEach(t -> System.out.println("  T " + t.text() + " -> " + t.date()));
                ents.mentions().forEach(m -> System.out.println("  E " + m.surface() + " -> " + m.entityId() + " "
                        + ents.entity(m.entityId()).map(e -> e.kind() + " " + e.country()).orElse("?")));
            }
            for (Event e : new EventExtractor().extract(a, times, ents).events()) {
                System.out.println(e.type() + " " + e.status() + " " + e.date() + " | " + e.label() + " | "
                        + e.actors().stream().map(x -> x.name()).toList() + " @" + e.places());
                for (Mention m : e.mentions()) {
                    String t = m.text();
                    System.out.println("     " + (t.length() > 140 ? t.substring(0, 140) : t));
                }
            }
        }
    }
}
