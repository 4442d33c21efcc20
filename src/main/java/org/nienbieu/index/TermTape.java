package org.nienbieu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The tokens of a text analysed once and replayed for several documents: an article's body feeds
 * its article document whole and one passage document per sentence, each a slice of the tape,
 * where analysing the same text for each document would do the work twice. Terms are kept as the
 * UTF-8 bytes the index wants, so a replay hands them over without copying or encoding them again.
 * Pieces are recorded in order; {@link #mark()} between them gives the token index a slice starts or ends at. Not
 * thread-safe: one tape per article, read by the indexing thread that put it.
 */
final class TermTape {

    private byte[] bytes;
    private int[] termEnd;
    private int[] posInc;
    private int[] startOffset;
    private int[] endOffset;
    private int size;
    private int byteCount;

    /**
     * A tape sized for about {@code chars} chars of text, so that recording an article rarely grows
     * it: a Vietnamese syllable with its space is four to five chars, and most have a folded term.
     */
    TermTape(int chars) {
        int tokens = Math.max(64, chars / 2);
        bytes = new byte[Math.max(256, chars * 2)];
        termEnd = new int[tokens];
        posInc = new int[tokens];
        startOffset = new int[tokens];
        endOffset = new int[tokens];
    }

    /** The number of tokens recorded so far: where the next piece begins. */
    int mark() {
        return size;
    }

    /**
     * Analyses {@code text} with {@code analyzer} as field {@code field} and appends its tokens,
     * offsets shifted by {@code offset} (the text's place in the whole the tape stands for).
     */
    void record(Analyzer analyzer, String field, String text, int offset) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int length = term.length();
                if (size == termEnd.length) {
                    termEnd = ArrayUtil.grow(termEnd, size + 1);
                    posInc = ArrayUtil.growExact(posInc, termEnd.length);
                    startOffset = ArrayUtil.growExact(startOffset, termEnd.length);
                    endOffset = ArrayUtil.growExact(endOffset, termEnd.length);
                }
                bytes = ArrayUtil.grow(bytes, byteCount + length * UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR);
                byteCount = UnicodeUtil.UTF16toUTF8(term, 0, length, bytes, byteCount);
                termEnd[size] = byteCount;
                posInc[size] = inc.getPositionIncrement();
                startOffset[size] = offset + offsets.startOffset();
                endOffset[size] = offset + offsets.endOffset();
                size++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** An indexed, unstored text field replaying tokens {@code [from, to)}, offsets counted from {@code offset}. */
    Field field(String name, int from, int to, int offset) {
        return new Slice(name, this, from, to, offset);
    }

    /** A field whose tokens come from a tape; it reuses the indexing thread's previous replay. */
    private static final class Slice extends Field {

        private final TermTape tape;
        private final int from;
        private final int to;
        private final int offset;

        Slice(String name, TermTape tape, int from, int to, int offset) {
            super(name, TextField.TYPE_NOT_STORED);
            this.tape = tape;
            this.from = from;
            this.to = to;
            this.offset = offset;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Replay replay = reuse instanceof Replay r ? r : new Replay();
            replay.set(tape, from, to, offset);
            return replay;
        }
    }

    /** Plays a slice of a tape back as a token stream of byte terms, as a {@code StringField}'s is. */
    private static final class Replay extends TokenStream {

        private final BytesTermAttribute termAtt;
        private final PositionIncrementAttribute posIncAtt;
        private final OffsetAttribute offsetAtt;
        private final BytesRef term = new BytesRef();
        private TermTape tape;
        private int from;
        private int next;
        private int to;
        private int offset;

        Replay() {
            // Attributes one by one: the default factory's packed token would bring a char term too.
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            termAtt = addAttribute(BytesTermAttribute.class);
            posIncAtt = addAttribute(PositionIncrementAttribute.class);
            offsetAtt = addAttribute(OffsetAttribute.class);
        }

        void set(TermTape tape, int from, int to, int offset) {
            this.tape = tape;
            this.from = from;
            this.next = from;
            this.to = to;
            this.offset = offset;
        }

        @Override
        public boolean incrementToken() {
            if (next >= to) {
                return false;
            }
            clearAttributes();
            int start = next == 0 ? 0 : tape.termEnd[next - 1];
            term.bytes = tape.bytes;
            term.offset = start;
            term.length = tape.termEnd[next] - start;
            termAtt.setBytesRef(term);
            posIncAtt.setPositionIncrement(tape.posInc[next]);
            offsetAtt.setOffset(tape.startOffset[next] - offset, tape.endOffset[next] - offset);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = to > from ? tape.endOffset[to - 1] - offset : 0;
            offsetAtt.setOffset(end, end);
        }

        @Override
        public void close() throws IOException {
            super.close();
            tape = null; // let the article go once its document is indexed
        }
    }
}
