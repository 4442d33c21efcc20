package org.nienbieu.export;

/** The formats events can be exported to, with the file extension each usually has. */
public enum ExportFormat {
    JSON("json"),
    CSV("csv"),
    ICS("ics"),
    TIMELINEJS("json"),
    PLOVER("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
