package org.nienbieu.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's schema in one place: field names, document kinds, facet dimensions and the schema
 * version. The version names the folder the Lucene files live in ({@code schema-3}) and is written
 * into every commit, so a build with another schema rebuilds the index instead of misreading it:
 * bump {@link #VERSION} whenever a field, an analyzer or the stored analysis blob changes.
 */
public final class Schema {

    /** Bump on any change to fields, analysis or the per-article analysis blob. */
    public static final int VERSION = 6;

    // Every document. Id and article are stored only: nothing looks a document up by them (an
    // article's documents are found by their owner), and a unique term per passage is costly.
    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String START = "start";
    static final String END = "end";
    /** Exact and folded terms of a syllable at one position (see {@link VietnameseAnalyzer.Form}). */
    static final String TEXT = "text";
    static final String DATE_START = "date_start";
    static final String DATE_END = "date_end";
    static final String PRECISION = "precision";
    /** Start day as doc values, for sorting by date; undated documents sort last. */
    static final String DATE_SORT = "date_sort";

    // Articles and their passages: the owner field deletes an article's documents at once.
    static final String OWNER = "owner";
    static final String ARTICLE_SORT = "article_sort";
    static final String SENTENCE = "sentence";
    static final String SIZE = "size";
    static final String MODIFIED = "modified";
    static final String HASH = "hash";
    static final String BLOB = "blob";

    // Events and quotes.
    static final String EVENT = "event";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String ACTOR = "actor";
    static final String ACTOR_ID = "actor_id";
    static final String ACTOR_NAME = "actor_name";
    static final String ACTOR_ROLE = "actor_role";
    static final String ACTOR_KIND = "actor_kind";
    static final String ACTOR_COUNTRY = "actor_country";
    /**
     * An event's or quote's rank in the chronology ({@link org.nienbieu.model.Ranked}), to read them
     * back in order; ranks do not shift when other articles change.
     */
    static final String ORDER = "order";
    /**
     * A hash of everything an event or quote document holds, so that a new merge keeps the documents
     * it would write again as they are, and writes only what changed.
     */
    static final String FINGERPRINT = "fingerprint";
    static final String PLACE = "place";
    static final String MENTION = "mention";
    static final String MENTION_ARTICLE = "mention_article";
    static final String MENTION_START = "mention_start";
    static final String MENTION_END = "mention_end";
    static final String MENTION_TEXT = "mention_text";
    static final String SPEAKER = "speaker";

    // Facet dimensions.
    static final String DIM_TYPE = "type";
    static final String DIM_STATUS = "status";
    static final String DIM_ACTOR = "actor";
    static final String DIM_MONTH = "month";

    // Commit user data.
    static final String COMMIT_SCHEMA = "schema";
    static final String COMMIT_EVENTS_CURRENT = "events_current";

    private Schema() {
    }

    /** The kinds of document, as the {@code kind} field and the search results name them. */
    public enum Kind {
        ARTICLE("article"), PASSAGE("passage"), QUOTE("quote"), EVENT("event");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind fromLabel(String label) {
            for (Kind k : values()) {
                if (k.label.equalsIgnoreCase(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind: '" + label + "' (article, passage, quote, event)");
        }
    }

    /** The folder holding the Lucene files of schema {@code version} inside the user's index folder. */
    static String folderName(int version) {
        return "schema-" + version;
    }

    /** Exact and folded terms together for text fields, folded only for the name fields. */
    static Analyzer indexAnalyzer() {
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT_AND_FOLDED),
                Map.of(ACTOR, folded, SPEAKER, folded, PLACE, folded));
    }

    /**
     * Facets are only counted, never drilled down into (filters use the fields themselves), so no
     * drill-down terms are indexed: only the doc values facet counting reads.
     */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(DIM_ACTOR, true);
        for (String dim : List.of(DIM_TYPE, DIM_STATUS, DIM_ACTOR, DIM_MONTH)) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }
}
