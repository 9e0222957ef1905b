package org.nianbao.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The outputs of a run as its end-of-run files ({@code summary.csv}, the combined tables) read
 * them: each output's JSON parsed once for all of them, and only the top-level members they
 * read kept (a report's {@code tables}, {@code pages} and {@code sections} are most of its
 * bytes and none of theirs). Parsing every output twice was most of a batch's end.
 */
final class OutputTrees {
  /** What summary.csv and the figure tables read of a report. */
  static final Set<String> TABLE_FIELDS =
      Set.of("schemaVersion", "source", "report", "data", "provenance", "checks", "warnings");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path outputDir;
  private final Set<String> fields;
  private final boolean keep;
  private final Map<String, Object> parsed = new HashMap<>();

  /**
   * @param fields the top-level members kept; null keeps whole documents
   * @param keep whether trees are kept for a later reader (else each is parsed per call)
   */
  OutputTrees(Path outputDir, Set<String> fields, boolean keep) {
    this.outputDir = outputDir;
    this.fields = fields;
    this.keep = keep;
  }

  /** The JSON of the output named {@code output}, as the manifest names it. */
  JsonNode read(String output) throws IOException {
    Object got = keep ? parsed.get(output) : null;
    if (got == null) {
      try {
        got = parse(Files.readAllBytes(InputNames.resolve(outputDir, output)));
      } catch (IOException e) {
        got = e;
      }
      if (keep) {
        parsed.put(output, got);
      }
    }
    if (got instanceof IOException e) {
      throw e;
    }
    return (JsonNode) got;
  }

  private JsonNode parse(byte[] json) throws IOException {
    if (fields != null) {
      try (JsonParser p = MAPPER.getFactory().createParser(json)) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          ObjectNode root = MAPPER.createObjectNode();
          JsonToken t;
          while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (fields.contains(name)) {
              root.set(name, MAPPER.readTree(p));
            } else {
              p.skipChildren();
            }
          }
          if (t == JsonToken.END_OBJECT) {
            return root;
          }
        }
      } catch (IOException | RuntimeException malformed) {
        // parsed whole below, for the same tree or the same error as every other reader
      }
    }
    return MAPPER.readTree(json);
  }
}
