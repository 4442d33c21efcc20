package org.nienbieu.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.TimeExpression;

/** Builds small articles with hand-made entity spans and time expressions, independent of the other extractors. */
final class Fixture {

    final Article article;
    final List<EntitySpan> entities = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();

    Fixture(String name, LocalDate published, String body) throws Exception {
        article = ArticleReader.parse(name, " date " + published + " " + body);
    }

    static Fixture of(String body) throws Exception {
        return new Fixture("t.txt", LocalDate.of(2024, 3, 10), body);
    }

    /** Every occurrence of {@code surface} (not inside a longer name already added) is a mention. */
    Fixture ent(String surface, String id, String kind, String country) {
        String text = article.text();
        int from = 0;
        while ((from = text.indexOf(surface, from)) >= 0) {
            int start = text.codePointCount(0, from);
            int end = start + surface.codePointCount(0, surface.length());
            boolean nested = entities.stream().anyMatch(e -> e.start() <= start && e.end() >= end);
            if (!nested) {
                String name = id.substring(id.indexOf(':') + 1).replace('-', ' ');
                entities.add(new EntitySpan(id, canonical(surface, name), kind, Optional.empty(),
                        Optional.ofNullable(country), start, end));
            }
            from += surface.length();
        }
        entities.sort(Comparator.comparingInt(EntitySpan::start));
        return this;
    }

    Fixture person(String surface, String canonical, String country) {
        return ent(surface, "person:" + canonical.toLowerCase().replace(' ', '-'), "PERSON", country)
                .rename(surface, canonical);
    }

    Fixture country(String surface) {
        return ent(surface, "country:" + surface.toLowerCase().replace(' ', '-'), "COUNTRY", surface);
    }

    Fixture place(String surface) {
        return ent(surface, "place:" + surface.toLowerCase().replace(' ', '-'), "PLACE", null);
    }

    Fixture org(String surface) {
        return ent(surface, "organisation:" + surface.toLowerCase().replace(' ', '-'), "ORGANISATION", null);
    }

    Fixture time(String surface, DateSpan date) {
        String text = article.text();
        int from = text.indexOf(surface);
        if (from < 0) {
            throw new IllegalArgumentException("no '" + surface + "'");
        }
        int start = text.codePointCount(0, from);
        times.add(new TimeExpression(surface, start, start + surface.codePointCount(0, surface.length()), date));
        times.sort(Comparator.comparingInt(TimeExpression::start));
        return this;
    }

    Fixture day(String surface, int month, int day) {
        return time(surface, DateSpan.day(LocalDate.of(2024, month, day)));
    }

    ArticleEvents extract() {
        return new EventExtractor().extract(article, times, entities);
    }

    private Fixture rename(String surface, String canonical) {
        for (int i = 0; i < entities.size(); i++) {
            EntitySpan e = entities.get(i);
            if (article.slice(e.start(), e.end()).equals(surface)) {
                entities.set(i, new EntitySpan(e.entityId(), canonical, e.kind(), e.role(), e.country(), e.start(), e.end()));
            }
        }
        return this;
    }

    private static String canonical(String surface, String fallback) {
        return surface.isEmpty() ? fallback : surface;
    }
}
