package org.nienbieu.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nienbieu.article.BadArticleException;

/**
 * The machine-readable list of the files a corpus could not give, in one shape for every command
 * ({@code --report FILE.json}) and for the window's "save report": how many articles were read,
 * then each bad file with its problem code and the reason in English. Written atomically.
 */
public final class BadFileJson {

    private BadFileJson() {
    }

    public static void write(Path file, int articlesRead, List<BadArticleException> problems) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BadArticleException p : problems) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", p.file());
            row.put("problem", p.problem().name().toLowerCase(Locale.ROOT));
            row.put("reason", p.reason());
            rows.add(row);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("articles_read", articlesRead);
        root.put("bad_files", rows);
        AtomicOutput.write(file, out -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root));
    }
}
