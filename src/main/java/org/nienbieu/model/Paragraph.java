package org.nienbieu.model;

/** A paragraph of an article body: code-point offsets into the file's decoded text. */
public record Paragraph(int index, int start, int end) {
}
