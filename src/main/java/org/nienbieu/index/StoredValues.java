package org.nienbieu.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;

/** Reads model values back from the stored fields {@link Documents} wrote; the one inverse of it. */
final class StoredValues {

    private StoredValues() {
    }

    /** The actors stored on an event, or the speaker stored on a quote, in the order written. */
    static List<Actor> actors(Document doc) {
        String[] ids = doc.getValues(Schema.ACTOR_ID);
        String[] names = doc.getValues(Schema.ACTOR_NAME);
        String[] roles = doc.getValues(Schema.ACTOR_ROLE);
        List<Actor> actors = new ArrayList<>(ids.length);
        for (int i = 0; i < Math.min(ids.length, Math.min(names.length, roles.length)); i++) {
            actors.add(new Actor(ids[i], names[i], roles[i].isEmpty() ? Optional.empty() : Optional.of(roles[i])));
        }
        return actors;
    }

    static List<Mention> mentions(Document doc) {
        String[] articles = doc.getValues(Schema.MENTION_ARTICLE);
        String[] texts = doc.getValues(Schema.MENTION_TEXT);
        IndexableField[] starts = doc.getFields(Schema.MENTION_START);
        IndexableField[] ends = doc.getFields(Schema.MENTION_END);
        List<Mention> mentions = new ArrayList<>(articles.length);
        for (int i = 0; i < articles.length; i++) {
            mentions.add(new Mention(articles[i], starts[i].numericValue().intValue(),
                    ends[i].numericValue().intValue(), texts[i]));
        }
        return mentions;
    }

    static int intField(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    static DateSpan date(Document doc) {
        IndexableField start = doc.getField(Schema.DATE_START);
        IndexableField end = doc.getField(Schema.DATE_END);
        if (start == null || end == null) {
            return DateSpan.undated();
        }
        Precision precision = Precision.fromLabel(Optional.ofNullable(doc.get(Schema.PRECISION)).orElse("day"));
        return DateSpan.of(LocalDate.ofEpochDay(start.numericValue().longValue()),
                LocalDate.ofEpochDay(end.numericValue().longValue()), precision);
    }
}
