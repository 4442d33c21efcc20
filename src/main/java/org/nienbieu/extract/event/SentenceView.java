package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.extract.Syllables;
import org.nienbieu.model.Article;
import org.nienbieu.model.Sentence;
import org.nienbieu.model.TimeExpression;

/**
 * One sentence as the event extractor reads it: its lower-cased words with their char offsets in
 * the analysis view, which words are quoted, capitalised or start a context cue, the trigger
 * phrases, the entity mentions and time expressions mapped onto words, and its clauses. Built in
 * one linear pass per sentence; everything else works on words.
 */
final class SentenceView {

    /** An entity mention on words {@code [from, to)}. */
    record Ent(EntitySpan span, int from, int to) {
    }

    /** A time expression on words {@code [from, to)}. */
    record Time(TimeExpression expression, int from, int to) {
    }

    /** A trigger phrase on words {@code [from, to)}. */
    record Trig(Lexicon.Trigger trigger, int from, int to) {
    }

    final Article article;
    final Sentence sentence;
    final String view;
    final List<String> words = new ArrayList<>();
    final List<int[]> bounds = new ArrayList<>();
    final List<Boolean> capital = new ArrayList<>();
    final List<Boolean> quoted = new ArrayList<>();
    final List<Ent> entities = new ArrayList<>();
    final List<Time> times = new ArrayList<>();
    final List<Trig> triggers = new ArrayList<>();
    /** Per word, the cues starting / ending at it, one bit per {@link Lexicon.Cue} ordinal. */
    private int[] cuesAt;
    private int[] cuesEndingAt;
    int[] clause;
    int clauseCount;
    private int[] clauseStarts;
    private int[] clauseEnds;
    private boolean[] inTrigger;
    private boolean[] entityStarts;
    /** The entity mention starting at / ending just before / covering a word, or null. */
    Ent[] entityAt;
    Ent[] entityEndingAt;
    boolean[] inEntity;
    /** Per clause: the first hypothetical ("nếu", "liệu") word, or MAX_VALUE; in-person words present. */
    int[] firstIrrealis;
    boolean[] inPersonClause;
    boolean phone;
    private boolean[] triggerStarts;
    /** The trigger covering a word, or null. */
    Trig[] triggerAt;

    SentenceView(Article article, Sentence sentence, ArticleIndex index, Lexicon lexicon) {
        this.article = article;
        this.sentence = sentence;
        this.view = article.analysis().normalized();
        tokenize();
        cuesAt = new int[words.size()];
        cuesEndingAt = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            List<PhraseTrie.Hit<Lexicon.Cue>> hits = lexicon.cues.allAt(words, i);
            for (int h = 0; h < hits.size(); h++) { // indexed: no iterator for each of the many words
                PhraseTrie.Hit<Lexicon.Cue> hit = hits.get(h);
                int bits = 0;
                for (int c = 0; c < hit.values().size(); c++) {
                    bits |= bit(hit.values().get(c));
                }
                cuesAt[i] |= bits;
                cuesEndingAt[hit.to() - 1] |= bits;
            }
        }
        int i = 0;
        while (i < words.size()) {
            PhraseTrie.Hit<Lexicon.Trigger> hit = lexicon.triggers.longestAt(words, i);
            if (hit == null) {
                i++;
                continue;
            }
            Lexicon.Trigger t = hit.values().get(0);
            if (t.type() != TriggerType.NONE) {
                triggers.add(new Trig(t, hit.from(), hit.to()));
            }
            i = hit.to();
        }
        int coveredTo = -1;
        for (EntitySpan e : index.entitiesIn(sentence)) {
            int[] w = wordRange(index.toAnalysis(e.start()), index.toAnalysis(e.end()));
            if (w != null && w[0] >= coveredTo) { // a mention nested in the one before is the same name
                entities.add(new Ent(e, w[0], w[1]));
                coveredTo = w[1];
            }
        }
        for (TimeExpression t : index.timesIn(sentence)) {
            int[] w = wordRange(index.toAnalysis(t.start()), index.toAnalysis(t.end()));
            if (w != null) {
                times.add(new Time(t, w[0], w[1]));
            }
        }
        inTrigger = new boolean[words.size()];
        triggerStarts = new boolean[words.size()];
        triggerAt = new Trig[words.size()];
        for (Trig t : triggers) {
            triggerStarts[t.from()] = true;
            for (int w = t.from(); w < t.to(); w++) {
                inTrigger[w] = true;
                triggerAt[w] = t;
            }
        }
        entityStarts = new boolean[words.size()];
        entityAt = new Ent[words.size()];
        entityEndingAt = new Ent[words.size() + 1];
        inEntity = new boolean[words.size()];
        for (Ent e : entities) {
            entityStarts[e.from()] = true;
            entityAt[e.from()] = e;
            entityEndingAt[e.to()] = e;
            for (int w = e.from(); w < e.to(); w++) {
                inEntity[w] = true;
            }
        }
        segment();
        motionVisits();
    }

    private static final Lexicon.Trigger MOTION_VISIT = new Lexicon.Trigger("tới", TriggerType.MEETING, false, true,
            "Thăm", 4);

    /**
     * "Ông Grossi dự kiến tới Tehran": a person going to a named place or country is a visit. The
     * motion word needs the destination right after it and a person before it in its clause with
     * no other trigger between, so that "tiến gần tới" or "nhắc tới" stay plain words.
     */
    private void motionVisits() {
        List<Trig> added = new ArrayList<>();
        for (int w = 1; w + 1 < words.size(); w++) {
            if (!cueAt(w, Lexicon.Cue.MOTION) || inTrigger[w] || quoted.get(w)) {
                continue;
            }
            Ent dest = entityAt[w + 1];
            if (dest == null || !(dest.span().isPlace() || "COUNTRY".equals(dest.span().kind())
                    || "GOVERNMENT".equals(dest.span().kind()))
                    || clause[w + 1] != clause[w]) {
                continue;
            }
            boolean person = false;
            for (int k = w - 1; k >= Math.max(clauseStarts[clause[w]], w - 12) && !inTrigger[k]; k--) {
                person |= entityAt[k] != null && entityAt[k].span().isPerson();
            }
            if (person) {
                Trig t = new Trig(MOTION_VISIT, w, w + 1);
                added.add(t);
                triggerAt[w] = t;
                inTrigger[w] = true;
                triggerStarts[w] = true;
            }
        }
        if (!added.isEmpty()) {
            triggers.addAll(added);
            triggers.sort(java.util.Comparator.comparingInt(Trig::from));
        }
    }

    private void tokenize() {
        int from = sentence.analysisStart();
        int to = sentence.analysisEnd();
        Syllables syllables = Syllables.lowerCase();
        int straight = 0;
        int curly = 0;
        int i = from;
        while (i < to) {
            char c = view.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < to && (Character.isLetterOrDigit(view.charAt(j)) || Character.getType(view.charAt(j))
                        == Character.NON_SPACING_MARK)) {
                    j++;
                }
                words.add(syllables.fold(view, i, j)); // the slice in lower case, shared when seen before
                bounds.add(new int[] {i, j});
                capital.add(Character.isUpperCase(c));
                quoted.add(curly > 0 || straight % 2 == 1);
                i = j;
                continue;
            }
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
            i++;
        }
    }

    /** Words covering chars {@code [from, to)} of the analysis view, or null when none. */
    int[] wordRange(int from, int to) {
        // first word ending after from
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds.get(mid)[1] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int a = lo;
        int b = a;
        while (b < words.size() && bounds.get(b)[0] < to) {
            b++;
        }
        return b > a ? new int[] {a, b} : null;
    }

    boolean cueAt(int word, Lexicon.Cue cue) {
        return word >= 0 && word < cuesAt.length && (cuesAt[word] & bit(cue)) != 0;
    }

    boolean cueEndsAt(int word, Lexicon.Cue cue) {
        return word >= 0 && word < cuesEndingAt.length && (cuesEndingAt[word] & bit(cue)) != 0;
    }

    static {
        if (Lexicon.Cue.values().length > Integer.SIZE) {
            throw new IllegalStateException("cue sets are int bit masks: at most 32 cues");
        }
    }

    private static int bit(Lexicon.Cue cue) {
        return 1 << cue.ordinal();
    }

    /** True when a cue of this category starts anywhere in words {@code [from, to)}. */
    boolean cueIn(int from, int to, Lexicon.Cue cue) {
        for (int w = Math.max(0, from); w < Math.min(to, words.size()); w++) {
            if (cueAt(w, cue)) {
                return true;
            }
        }
        return false;
    }

    int clauseStart(int c) {
        return c >= 0 && c < clauseCount ? clauseStarts[c] : words.size();
    }

    int clauseEnd(int c) {
        return c >= 0 && c < clauseCount ? clauseEnds[c] : words.size();
    }

    boolean insideTrigger(int word) {
        return word >= 0 && word < inTrigger.length && inTrigger[word];
    }

    /** The text between two words, as in the analysis view. */
    String gap(int leftWord, int rightWord) {
        int from = leftWord < 0 ? sentence.analysisStart() : bounds.get(leftWord)[1];
        int to = rightWord >= words.size() ? sentence.analysisEnd() : bounds.get(rightWord)[0];
        return view.substring(from, Math.max(from, to));
    }

    private void segment() {
        int n = words.size();
        clause = new int[n];
        boolean[] cut = new boolean[n];
        boolean[] punct = new boolean[n];
        boolean[] quoteMark = new boolean[n];
        for (int w = 1; w < n; w++) {
            for (int k = bounds.get(w - 1)[1], to = bounds.get(w)[0]; k < to; k++) {
                char c = view.charAt(k);
                if (c == ',' || c == ';' || c == ':' || c == '“' || c == '”' || c == '"' || c == '.'
                        || c == '!' || c == '?') {
                    punct[w] = true;
                }
                if (c == '“' || c == '”' || c == '"') {
                    quoteMark[w] = true;
                }
            }
            boolean reportingEnds = cueEndsAt(w - 1, Lexicon.Cue.REPORTING) && !insideTrigger(w - 1);
            cut[w] = punct[w] || (cueAt(w, Lexicon.Cue.BOUNDARY) && !insideTrigger(w)) || reportingEnds;
        }
        // a comma segment that is only more names (“Thủ tướng Đức Friedrich Merz và ...”) or starts
        // with “bao gồm” continues the clause before it
        for (int w = 1; w < n; w++) {
            if (!cut[w] || !punct[w]) {
                continue;
            }
            int end = w + 1;
            while (end < n && !cut[end]) {
                end++;
            }
            boolean list = cueAt(w, Lexicon.Cue.LIST);
            boolean quiet = !hasTrigger(w, end) && !cueIn(w, end, Lexicon.Cue.REPORTING) && !quoteMark[w];
            // ", một cố vấn cấp cao của Điện Kremlin, tại Miami": an apposition or a place continues
            if (quiet && (cueAt(w, Lexicon.Cue.LOCATIVE) || cueAt(w, Lexicon.Cue.INDEFINITE) && !capital.get(w))) {
                list = true;
            }
            if (!list && quiet && capital.get(w)) {
                for (int k = w; k < Math.min(end, w + 4); k++) {
                    list |= entityStarts[k];
                }
            }
            if (list) {
                cut[w] = false;
            }
        }
        int c = 0;
        for (int w = 0; w < n; w++) {
            if (w > 0 && cut[w]) {
                c++;
            }
            clause[w] = c;
        }
        clauseCount = n == 0 ? 0 : c + 1;
        clauseStarts = new int[clauseCount];
        clauseEnds = new int[clauseCount];
        for (int w = n - 1; w >= 0; w--) {
            clauseStarts[clause[w]] = w;
        }
        for (int w = 0; w < n; w++) {
            clauseEnds[clause[w]] = w + 1;
        }
        firstIrrealis = new int[clauseCount];
        inPersonClause = new boolean[clauseCount];
        java.util.Arrays.fill(firstIrrealis, Integer.MAX_VALUE);
        for (int w = n - 1; w >= 0; w--) {
            if (cueAt(w, Lexicon.Cue.IRREALIS) && !inTrigger[w]) {
                firstIrrealis[clause[w]] = w;
            }
            if (cueAt(w, Lexicon.Cue.INPERSON)) {
                inPersonClause[clause[w]] = true;
            }
            phone |= cueAt(w, Lexicon.Cue.PHONE);
        }
    }

    /** The first word starting at or after char {@code analysisIndex}. */
    int wordAtOrAfter(int analysisIndex) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds.get(mid)[0] < analysisIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean hasTrigger(int from, int to) {
        for (int w = from; w < to; w++) {
            if (triggerStarts[w]) {
                return true;
            }
        }
        return false;
    }

}
