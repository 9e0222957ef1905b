package org.nianbao.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;

/**
 * The output of an input with the same bytes as another: the other's JSON with only
 * {@code source.file} changed. The value is replaced in the text, so every other byte (number
 * formats included) is exactly what extracting this input would have written.
 */
final class DuplicateOutputs {
  private DuplicateOutputs() {}

  static void copy(Path original, Path target, String fileName) throws IOException {
    String text = Files.readString(original, StandardCharsets.UTF_8);
    long[] span = sourceFileSpan(text);
    String quoted = ReportJson.mapper().writeValueAsString(fileName);
    String out = text.substring(0, (int) span[0]) + quoted + text.substring((int) span[1]);
    AtomicFiles.write(target, os -> os.write(out.getBytes(StandardCharsets.UTF_8)));
  }

  /** Char offsets [start, end) of the string value of the top-level {@code source.file}. */
  private static long[] sourceFileSpan(String text) throws IOException {
    try (JsonParser p = ReportJson.mapper().getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a report: no JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("source".equals(field) && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String inner = p.currentName();
            JsonToken v = p.nextToken();
            if ("file".equals(inner) && v == JsonToken.VALUE_STRING) {
              long start = p.currentTokenLocation().getCharOffset();
              p.getText();
              long end = p.currentLocation().getCharOffset();
              return new long[] {start, end};
            }
            p.skipChildren();
          }
          break;
        }
        p.skipChildren();
      }
    }
    throw new IOException("not a report: no source.file");
  }
}
