package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityMention;
import org.nienbieu.model.Sentence;

/**
 * Finds the people, organisations, governments, countries, places and media outlets an article
 * names, on its normalised view, sentence by sentence: gazetteer names by longest match, unknown
 * names by their shape after a cue (title, honorific, nationality, media word). It then settles
 * who is who within the article: spelling variants and bare surnames join the full name, a
 * title-only reference ({@code Người phát ngôn Điện Kremlin}) joins the person named with that
 * title earlier, or the gazetteer's holder of the role in the article's year. Immutable and
 * thread-safe once built; the gazetteers are loaded once per instance.
 */
public final class EntityRecognizer {

    /** Sentences longer than this are scanned in windows cut at spaces, to bound memory. */
    private static final int WINDOW = 20_000;

    private final Gazetteer gaz;

    public EntityRecognizer() {
        this.gaz = new Gazetteer();
    }

    /** The mentions of {@code article} sorted by start, and the entities they refer to. */
    public ArticleEntities recognise(Article article) {
        AnalysisText analysis = article.analysis();
        String text = analysis.normalized();
        List<int[]> windows = windows(article, text);
        List<Tokens> sentences = new ArrayList<>(windows.size());
        for (int[] w : windows) {
            sentences.add(Tokens.of(text, w[0], w[1]));
        }
        ArticleLexicon lex = ArticleLexicon.learn(gaz, sentences);
        List<Draft> drafts = new ArrayList<>();
        for (Tokens t : sentences) {
            SentenceScanner.scan(gaz, lex, t, drafts);
        }
        Resolution r = new Resolution(gaz, article.published().getYear());
        r.resolve(drafts);
        drafts.addAll(SurnameScanner.scan(gaz, sentences, drafts, r.personNames()));
        return build(article, drafts, r);
    }

    private static List<int[]> windows(Article article, String text) {
        List<int[]> out = new ArrayList<>();
        if (article.sentences().isEmpty()) {
            cut(text, 0, text.length(), out);
        }
        for (Sentence s : article.sentences()) {
            cut(text, s.analysisStart(), s.analysisEnd(), out);
        }
        return out;
    }

    private static void cut(String text, int from, int to, List<int[]> out) {
        int start = from;
        while (to - start > WINDOW) {
            int end = start + WINDOW;
            while (end > start + WINDOW / 2 && !Character.isWhitespace(text.charAt(end))) {
                end--;
            }
            out.add(new int[] {start, end});
            start = end;
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
    }

    private static ArticleEntities build(Article article, List<Draft> drafts, Resolution r) {
        AnalysisText analysis = article.analysis();
        SourceSlicer slicer = new SourceSlicer(article);
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparing(d -> -d.end));
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            if (d.entityId == null || !seen.add(d.start + ":" + d.end + ":" + d.entityId)) {
                continue;
            }
            int start = analysis.sourceOffset(d.start);
            int end = analysis.sourceEnd(d.end);
            String surface = slicer.slice(start, end);
            Optional<String> role = d.roleStart < 0 ? Optional.empty()
                    : Optional.of(slicer.slice(analysis.sourceOffset(d.roleStart), analysis.sourceEnd(d.roleEnd)));
            mentions.add(new EntityMention(d.entityId, surface, role, start, end));
            surfaces.computeIfAbsent(d.entityId, k -> new LinkedHashSet<>()).add(surface);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : surfaces.entrySet()) {
            Resolution.Info info = r.info(e.getKey());
            entities.add(new Entity(e.getKey(), info.canonical(), info.kind(), Optional.ofNullable(info.country()),
                    List.copyOf(e.getValue())));
        }
        return new ArticleEntities(entities, mentions);
    }
}
