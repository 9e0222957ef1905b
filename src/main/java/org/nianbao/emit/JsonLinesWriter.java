package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The canonical JSON of each report on one line (JSON Lines). */
public final class JsonLinesWriter implements ReportsWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(List<JsonNode> reports, OutputStream out) throws IOException {
    for (JsonNode r : reports) {
      out.write(JSON.writeValueAsString(r).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    out.flush();
  }
}
