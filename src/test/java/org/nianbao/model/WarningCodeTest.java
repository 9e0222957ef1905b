package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningCodeTest {

  @Test
  void schemaEnumeratesExactlyTheWarningCodes() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(
        Path.of("models/schema/report.schema.json")));
    List<String> inSchema = new ArrayList<>();
    schema.path("properties").path("warnings").path("items").path("properties").path("code")
        .path("enum").forEach(n -> inSchema.add(n.asText()));
    List<String> inCode = Arrays.stream(WarningCode.values()).map(Enum::name).toList();
    assertEquals(inCode, inSchema);
  }

  @Test
  void modelReferenceDocumentsEveryCode() throws Exception {
    String doc = Files.readString(Path.of("docs/model.md"));
    for (WarningCode c : WarningCode.values()) {
      assertEquals(true, doc.contains("`" + c.name() + "`"), c + " missing from docs/model.md");
    }
  }

  @Test
  void aMisspeltCodeFailsLoudly() {
    assertThrows(IllegalArgumentException.class, () -> new Warning("LOW_CONFIDENSE", 1, "x"));
  }

  @Test
  void aWarningCarriesThePathOfItsFigure() {
    Warning w = new Warning(WarningCode.LOW_CONFIDENCE, 3, "applications.granted.total", "m");
    assertEquals("LOW_CONFIDENCE", w.code());
    assertEquals("applications.granted.total", w.path());
    assertEquals(WarningCode.LOW_CONFIDENCE, w.warningCode());
  }
}
