package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputNamesTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void utf8PartsDecodeOthersKeepTheirBytesAsEscapes() {
    assertEquals("/in/年报.pdf", InputNames.decode("/in/年报.pdf".getBytes(StandardCharsets.UTF_8)));
    // 年报 in GBK: C4 EA B1 A8 (EA B1 A8 alone would pass as UTF-8: the whole part is escaped)
    byte[] gbk = bytes('/', 'a', '/', 0xC4, 0xEA, 0xB1, 0xA8, '.', 'p', 'd', 'f');
    assertEquals("/a/\\xC4\\xEA\\xB1\\xA8.pdf", InputNames.decode(gbk));
    byte[] mixed = bytes(0xE5, 0xB9, 0xB4, '/', 0xFF, 'x');
    assertEquals("年/\\xFFx", InputNames.decode(mixed));
  }

  @Test
  void controlCharactersBecomeEscapes() {
    assertEquals("a\\nb\\rc\\td\\x00e\\x7F", InputNames.oneLine("a\nb\rc\td\u0000e\u007f"));
    assertEquals("年报 ok", InputNames.oneLine("年报 ok"));
  }

  @Test
  void fileUrisNameAnyBytesAndBadOnesAreUsageErrors() {
    Path p = InputNames.argument("file:///tmp/%C4%EA.pdf");
    assertEquals("/tmp/\\xC4\\xEA.pdf", InputNames.display(p));
    assertEquals(Path.of("/tmp/x y.pdf"), InputNames.argument("/tmp/x y.pdf"));
    assertThrows(IllegalArgumentException.class, () -> InputNames.argument("file:///a%zz"));
  }

  @Test
  void outputNamesResolveToTheirUtf8Bytes() {
    Path p = InputNames.resolve(Path.of("/tmp/out"), "年报 #1.json");
    assertEquals("/tmp/out/年报 #1.json", InputNames.display(p));
  }
}
