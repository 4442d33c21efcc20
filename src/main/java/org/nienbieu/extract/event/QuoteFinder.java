package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Article;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Sentence;

/**
 * Finds direct quotations (“…” or "…", a curly opening closed by a straight mark too) paragraph by
 * paragraph, and their speaker: the named subject of the speech verb that introduces the quote
 * ({@code Ông Witkoff cũng nói với ông Ushakov rằng: “…”}) or follows it ({@code “…”, ông Witkoff
 * nói}, {@code "…" – ông Donald Trump viết}); a bare {@code ông}/{@code bà} before the verb is the
 * last named speaker. Short scare quotes (at most six syllables, no sentence punctuation, inside a
 * sentence, not after a colon) are kept as quotes but only get the speaker of a speech verb shortly before them in
 * the same sentence ({@code hai bên đã trao đổi "tín hiệu"} after {@code ông Ushakov cho biết}),
 * never one that follows or the last speaker. A quote belongs to the event reported in its
 * sentence, else to the nearest event reported in its paragraph.
 */
final class QuoteFinder {

    private static final int SCARE_WORDS = 6;
    private static final int LOOK_BEFORE = 40;
    private static final int LOOK_AFTER = 12;
    private static final Set<String> PRONOUNS = Set.of("ông", "bà", "ấy", "họ");

    private record Span(int from, int to) {
    }

    List<Quote> find(Article article, List<SentenceView> views, List<Draft> drafts, List<String> ids) {
        List<Quote> out = new ArrayList<>();
        String view = article.analysis().normalized();
        EntitySpan lastSpeaker = null;
        EventIndex events = new EventIndex(drafts, ids);
        Slicer slicer = new Slicer(article);
        int i = 0;
        while (i < views.size()) {
            int paragraph = views.get(i).sentence.paragraph();
            int j = i;
            while (j < views.size() && views.get(j).sentence.paragraph() == paragraph) {
                j++;
            }
            List<Span> spans = quotes(view, views.get(i).sentence.analysisStart(), views.get(j - 1).sentence.analysisEnd());
            int k = 0;
            for (int s = i; s < j; s++) {
                SentenceView v = views.get(s);
                EntitySpan explicitInSentence = null;
                int previousQuoteEnd = -1;
                EntitySpan previousSpeaker = null;
                while (k < spans.size() && spans.get(k).from() < v.sentence.analysisEnd()) {
                    Span q = spans.get(k++);
                    int[] w = v.wordRange(q.from(), q.to());
                    int qa = w == null ? wordAfter(v, q.from()) : w[0];
                    int qb = w == null ? qa : w[1];
                    String inner = view.substring(q.from(), q.to());
                    boolean scare = qb - qa <= SCARE_WORDS && qa > 0 && !endsSentence(inner)
                            && !v.gap(qa - 1, qa).contains(":");
                    EntitySpan speaker = before(v, qa, previousQuoteEnd, scare, lastSpeaker);
                    if (speaker == null && previousSpeaker != null && qa - previousQuoteEnd <= 3 && previousQuoteEnd >= 0) {
                        speaker = previousSpeaker;
                    }
                    if (speaker == null && !scare) {
                        speaker = after(v, qb, nextQuoteStart(v, spans, k), lastSpeaker);
                    }
                    int start = article.analysis().sourceOffset(q.from());
                    int end = article.analysis().sourceEnd(q.to());
                    Optional<Actor> actor = speaker == null ? Optional.empty()
                            : Optional.of(new Actor(speaker.entityId(), speaker.name(), speaker.role()));
                    out.add(new Quote(article.name(), start, end, slicer.slice(start, end), actor,
                            events.of(v.sentence)));
                    if (speaker != null && !scare) {
                        explicitInSentence = speaker;
                    }
                    previousQuoteEnd = qb;
                    previousSpeaker = speaker;
                }
                lastSpeaker = explicitInSentence != null ? explicitInSentence : subjectOf(v, lastSpeaker);
            }
            i = j;
        }
        return out;
    }

    /** Quote spans (inner chars) in {@code [from, to)}: linear, unbalanced marks ignored. */
    private static List<Span> quotes(String view, int from, int to) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = from; i < to; i++) {
            char c = view.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
                opener = c;
            } else if (open >= 0 && (c == '”' || c == '"' && (opener == '"' || opener == '“'))) {
                if (i > open + 1 && !view.substring(open + 1, i).isBlank()) {
                    out.add(new Span(open + 1, i));
                }
                open = -1;
            }
        }
        return out;
    }

    private static boolean endsSentence(String inner) {
        String t = inner.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…");
    }

    private static int wordAfter(SentenceView v, int analysisIndex) {
        return v.wordAtOrAfter(analysisIndex);
    }

    private static int nextQuoteStart(SentenceView v, List<Span> spans, int k) {
        if (k < spans.size() && spans.get(k).from() < v.sentence.analysisEnd()) {
            return wordAfter(v, spans.get(k).from());
        }
        return v.words.size();
    }

    /** The speaker named before the quote: the subject of the last speech verb before it. */
    private static EntitySpan before(SentenceView v, int qa, int previousQuoteEnd, boolean scare, EntitySpan last) {
        int limit = Math.max(Math.max(0, previousQuoteEnd), qa - LOOK_BEFORE);
        for (int w = qa - 1; w >= limit; w--) {
            if (v.cueAt(w, Lexicon.Cue.SPEECH) && !v.insideTrigger(w) && !v.quoted.get(w)) {
                // the subject stands in the verb's clause (a scare quote), or the clause before (an apposition)
                int from = scare ? v.clauseStart(v.clause[w]) : 0;
                EntitySpan s = subjectBefore(v, w, Math.max(from, Math.max(0, previousQuoteEnd)));
                if (s == null && w > 0 && PRONOUNS.contains(v.words.get(w - 1))) {
                    return last;
                }
                if (s == null && w > 0 && "thêm".equals(v.words.get(w - 1))) {
                    return last;
                }
                return s;
            }
        }
        return null;
    }

    /** The speaker named after the quote: "”, ông Witkoff nói", "– ông Donald Trump viết". */
    private static EntitySpan after(SentenceView v, int qb, int nextQuote, EntitySpan last) {
        int limit = Math.min(nextQuote, Math.min(v.words.size(), qb + LOOK_AFTER));
        for (int w = qb; w < limit; w++) {
            if (v.cueAt(w, Lexicon.Cue.SPEECH) && !v.insideTrigger(w) && !v.quoted.get(w)) {
                EntitySpan s = subjectBefore(v, w, qb);
                if (s == null && w > qb && PRONOUNS.contains(v.words.get(w - 1))) {
                    return last;
                }
                return s;
            }
        }
        return null;
    }

    /** The nearest person (else organisation or government) ending before word {@code cue}. */
    private static EntitySpan subjectBefore(SentenceView v, int cue, int from) {
        EntitySpan body = null;
        for (int end = cue; end > from && end > cue - LOOK_BEFORE; end--) {
            SentenceView.Ent e = v.entityEndingAt[end];
            if (e == null || e.from() < from || v.quoted.get(e.from())) {
                continue;
            }
            if (e.span().isPerson()) {
                return e.span();
            }
            if (body == null && ("ORGANISATION".equals(e.span().kind()) || "GOVERNMENT".equals(e.span().kind()))) {
                body = e.span();
            }
        }
        return body;
    }

    /** Who the next "ông nói" means: the subject of a reporting verb, else a person opening the sentence. */
    private static EntitySpan subjectOf(SentenceView v, EntitySpan last) {
        EntitySpan person = null;
        for (int w = 0; w < v.words.size(); w++) {
            SentenceView.Ent e = v.entityEndingAt[w];
            if (e != null && e.span().isPerson() && !v.quoted.get(e.from())) {
                person = e.span();
            }
            if ((v.cueAt(w, Lexicon.Cue.REPORTING) || v.cueAt(w, Lexicon.Cue.SPEECH)) && !v.insideTrigger(w)
                    && !v.quoted.get(w) && person != null) {
                return person; // the first reporter of the sentence is its subject
            }
        }
        for (int w = 0; w < Math.min(6, v.words.size()); w++) {
            SentenceView.Ent e = v.entityAt[w];
            if (e != null && e.span().isPerson() && !v.quoted.get(e.from())) {
                return e.span();
            }
        }
        return last;
    }

    /** Sentence → event and paragraph → (mention start → event), built once per article. */
    private static final class EventIndex {
        final java.util.Map<Integer, String> bySentence = new java.util.HashMap<>();
        final java.util.Map<Integer, java.util.TreeMap<Integer, String>> byParagraph = new java.util.HashMap<>();

        EventIndex(List<Draft> drafts, List<String> ids) {
            for (int d = 0; d < drafts.size(); d++) {
                for (Integer s : drafts.get(d).sentences) {
                    bySentence.putIfAbsent(s, ids.get(d));
                }
                for (org.nienbieu.model.Mention m : drafts.get(d).mentions) {
                    byParagraph.computeIfAbsent(drafts.get(d).paragraphOf(m), k -> new java.util.TreeMap<>())
                            .putIfAbsent(m.start(), ids.get(d));
                }
            }
        }

        Optional<String> of(Sentence s) {
            String direct = bySentence.get(s.index());
            if (direct != null) {
                return Optional.of(direct);
            }
            java.util.TreeMap<Integer, String> inParagraph = byParagraph.get(s.paragraph());
            if (inParagraph == null) {
                return Optional.empty();
            }
            java.util.Map.Entry<Integer, String> before = inParagraph.floorEntry(s.start());
            java.util.Map.Entry<Integer, String> after = inParagraph.ceilingEntry(s.start());
            if (before == null) {
                return Optional.ofNullable(after).map(java.util.Map.Entry::getValue);
            }
            if (after == null || s.start() - before.getKey() <= after.getKey() - s.start()) {
                return Optional.of(before.getValue());
            }
            return Optional.of(after.getValue());
        }
    }
}
