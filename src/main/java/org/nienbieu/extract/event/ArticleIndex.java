package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
import org.nienbieu.model.Sentence;
import org.nienbieu.model.TimeExpression;

/**
 * Per-article lookups: code points of the stored text to char indices of the analysis view (by
 * binary search over the view's offset map), and the entity mentions and time expressions that
 * fall inside a sentence (by a moving cursor over lists sorted by offset: linear overall).
 */
final class ArticleIndex {

    private final AnalysisText analysis;
    private final int viewLength;
    private final List<EntitySpan> entities;
    private final List<TimeExpression> times;

    ArticleIndex(Article article, List<TimeExpression> times, List<EntitySpan> entities) {
        this.analysis = article.analysis();
        this.viewLength = analysis.normalized().length();
        this.entities = new ArrayList<>(entities);
        this.entities.sort(Comparator.comparingInt(EntitySpan::start));
        this.times = new ArrayList<>(times);
        this.times.sort(Comparator.comparingInt(TimeExpression::start));
    }

    /** The first analysis char whose source offset is at or after code point {@code cp}. */
    int toAnalysis(int cp) {
        int lo = 0;
        int hi = viewLength;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (analysis.sourceOffset(mid) < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<EntitySpan> entitiesIn(Sentence s) {
        List<EntitySpan> out = new ArrayList<>();
        int from = firstEntityAtOrAfter(s.start());
        for (int i = from; i < entities.size() && entities.get(i).start() < s.end(); i++) {
            out.add(entities.get(i)); // a name cut by a forced sentence break still belongs where it starts
        }
        return out;
    }

    List<TimeExpression> timesIn(Sentence s) {
        List<TimeExpression> out = new ArrayList<>();
        int lo = 0;
        int hi = times.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).start() < s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < times.size() && times.get(i).start() < s.end(); i++) {
            out.add(times.get(i));
        }
        return out;
    }

    private int firstEntityAtOrAfter(int cp) {
        int lo = 0;
        int hi = entities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).start() < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
