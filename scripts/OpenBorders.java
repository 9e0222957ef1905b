import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Test-data tool: removes the lowest ({@code N:bottom}) or highest ({@code N:top}) horizontal
 * ruling line drawn as {@code x y m x2 y l S} on page N, as word processors that leave a table
 * open at a page break print it (no border under the last row before the break, or over the
 * first row after it).
 *
 * <pre>java -cp target/nianbao-cli.jar scripts/OpenBorders.java IN.pdf OUT.pdf 3:bottom 4:top
 * java -cp target/nianbao-cli.jar scripts/OpenBorders.java --batch LIST   (lines: IN OUT SPEC...)</pre>
 * A page without such a line is left as it is.
 */
public class OpenBorders {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--batch")) {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
        if (!line.isBlank()) {
          open(line.trim().split("\\s+"));
        }
      }
    } else {
      open(args);
    }
  }

  private static void open(String[] args) throws Exception {
    try (PDDocument doc = PDDocument.load(new File(args[0]))) {
      for (int a = 2; a < args.length; a++) {
        String[] spec = args[a].split(":");
        PDPage page = doc.getPage(Integer.parseInt(spec[0]) - 1);
        boolean bottom = spec[1].equals("bottom");
        PDFStreamParser parser = new PDFStreamParser(page);
        parser.parse();
        List<Object> tokens = new ArrayList<>(parser.getTokens());
        // horizontal line: x y m x2 y l S  (7 tokens)
        int best = -1;
        double bestY = 0;
        for (int i = 0; i + 6 < tokens.size(); i++) {
          if (isOp(tokens.get(i + 2), "m") && isOp(tokens.get(i + 5), "l")
              && isOp(tokens.get(i + 6), "S") && tokens.get(i) instanceof COSNumber
              && tokens.get(i + 1) instanceof COSNumber && tokens.get(i + 3) instanceof COSNumber
              && tokens.get(i + 4) instanceof COSNumber) {
            double y1 = ((COSNumber) tokens.get(i + 1)).floatValue();
            double y2 = ((COSNumber) tokens.get(i + 4)).floatValue();
            double len = Math.abs(((COSNumber) tokens.get(i + 3)).floatValue()
                - ((COSNumber) tokens.get(i)).floatValue());
            if (Math.abs(y1 - y2) > 0.01 || len < 100) {
              continue;
            }
            if (best < 0 || (bottom ? y1 < bestY : y1 > bestY)) {
              best = i;
              bestY = y1;
            }
          }
        }
        if (best < 0) {
          continue;
        }
        for (int k = 0; k < 7; k++) {
          tokens.remove(best);
        }
        PDStream out = new PDStream(doc);
        try (OutputStream os = out.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(os).writeTokens(tokens);
        }
        page.setContents(out);
      }
      File tmp = new File(args[1] + ".tmp");
      doc.save(tmp);
      java.nio.file.Files.move(tmp.toPath(), new File(args[1]).toPath(),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean isOp(Object o, String name) {
    return o instanceof Operator && ((Operator) o).getName().equals(name);
  }
}
