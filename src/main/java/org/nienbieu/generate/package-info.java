/**
 * Synthetic corpus generator: Vietnamese diplomatic news with known answers, for tests and
 * benchmarks at any scale.
 *
 * <p><b>Output of {@link org.nienbieu.generate.CorpusGenerator#write}.</b> Article files
 * {@code NNNNNN_<hex>.txt} (index zero-padded to six digits, hex = 64-bit FNV-1a of the text), in
 * sub-folders {@code NNN/} of 1,000 files when there are more than 1,000 articles; each is UTF-8,
 * no BOM, starts {@code " date YYYY-MM-DD "} followed by the first paragraph, paragraphs separated
 * by a blank line, no trailing newline. {@code answers.jsonl}: one JSON object per article in
 * index order: {@code file} (relative path with '/', as {@code CorpusReader} names it),
 * {@code published}, {@code times} [{@code text, start, end, date}], {@code events}
 * [{@code type, status, date, actors, place, sentenceStart, sentenceEnd}], where a date is
 * {@code {start, end, precision}} (ISO days, or nulls with precision {@code undated}) and offsets
 * are code points into the whole file text, header included.
 *
 * <p><b>Conventions of the answers.</b> Weeks run Monday–Sunday; a weekend ({@code cuối tuần}) is
 * Saturday–Sunday with precision {@code days}; đầu/giữa/cuối tháng are days 1–10, 11–20, 21–end
 * ({@code part-of-month}); seasons are meteorological and only spring, summer and autumn are
 * generated; a day-month without a year resolves on or before the publication date in a past
 * sentence and strictly after it in a sentence with {@code sẽ}/{@code dự kiến}; a bare weekday
 * goes back (past) or forward (future), never to the publication day itself; "hai ngày sau",
 * "ba ngày trước (đó)", "hôm sau" count from the previous time expression, always a single day.
 * Words around a span that are not part of it: "vào", "trong các" (the "ngày" of "các ngày 19-21/5" is part of it).
 * An event's date is the one time expression in its sentence (undated when there is none; for a
 * cancellation phrased "bị hủy bỏ hôm X" it is X); quotations ("ông X nói") and "cho biết"
 * reports are not events; statements are sentences with "tuyên bố".
 */
package org.nienbieu.generate;
