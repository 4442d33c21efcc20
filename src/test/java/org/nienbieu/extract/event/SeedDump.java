package org.nienbieu.extract.event;

import org.junit.jupiter.api.Test;
import org.nienbieu.extract.entity.EntityRecognizer;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/** Prints what the seeds give, for development (run with -Dtest=SeedDump). */
class SeedDump {

    @Test
    void dump() throws Exception {
        SeedCorpus c = new SeedCorpus();
        if (System.getProperty("dumpInputs") != null) {
            for (Article a : c.articles) {
                System.out.println("## " + a.name());
                new TimeExpressionResolver().resolve(a).forEach(t -> System.out.println("  T " + t.text() + " -> " + t.date()));
                var ents = new EntityRecognizer().recognise(a);
                ents.mentions().forEach(m -> System.out.println("  E " + m.surface() + " -> " + m.entityId() + " "
                        + ents.entity(m.entityId()).map(e -> e.kind() + " " + e.country()).orElse("?") + " " + m.role()));
            }
        }
        for (ArticleEvents ae : c.perArticle) {
            System.out.println("=== " + ae.article());
            for (Event e : ae.events()) {
                print(e);
            }
        }
        System.out.println("##### MERGED");
        for (Event e : c.merger.events()) {
            print(e);
        }
        System.out.println("##### QUOTES");
        for (Quote q : c.merger.quotes()) {
            System.out.println(SeedCorpus.prefix(q.article()) + " [" + q.speaker().map(a -> a.name()).orElse("-") + "] "
                    + q.eventId().orElse("-") + " " + q.text());
        }
    }

    private static void print(Event e) {
        System.out.println(e.id() + " " + e.type() + " " + e.status() + " " + e.date() + " | " + e.label() + " | "
                + e.actors().stream().map(a -> a.name()).toList() + " @" + e.places());
        for (Mention m : e.mentions()) {
            String t = m.text();
            System.out.println("     " + SeedCorpus.prefix(m.article()) + " " + (t.length() > 110 ? t.substring(0, 110) : t));
        }
    }
}
