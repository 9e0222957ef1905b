package org.nianbao.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.CorruptPdfException;

/**
 * Page trees as other readers (poppler) read them: the leaf pages in order, whatever the
 * /Count entries say, a node met twice (a /Kids loop) skipped. PDFBox trusts /Count to find
 * page i, so a wrong count loses pages or fails, and a loop recurses. When the tree PDFBox would
 * walk differs from the leaves, it is rebuilt in memory as one flat node, each page given the
 * attributes it inherited on the way down (/Resources, /MediaBox, /CropBox, /Rotate).
 */
public final class PageTrees {
  private static final List<COSName> INHERITABLE =
      List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);

  private PageTrees() {}

  private record Frame(COSDictionary node, Map<COSName, COSBase> inherited) {}

  /**
   * Repairs the page tree if needed.
   *
   * @return whether it was rebuilt
   * @throws CorruptPdfException when there is no page tree at all
   */
  public static boolean repair(PDDocument doc) throws CorruptPdfException {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    if (!(catalog.getDictionaryObject(COSName.PAGES) instanceof COSDictionary root)) {
      throw new CorruptPdfException("no page tree");
    }
    List<COSDictionary> leaves = new ArrayList<>();
    List<Map<COSName, COSBase>> inheritedBy = new ArrayList<>();
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean broken = false;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, Map.of()));
    while (!stack.isEmpty()) {
      Frame f = stack.pop();
      COSDictionary node = f.node();
      if (!seen.add(node)) {
        broken = true; // a loop, or one node in two places
        continue;
      }
      COSBase kids = node.getDictionaryObject(COSName.KIDS);
      boolean isNode = kids instanceof COSArray
          || COSName.PAGES.equals(node.getCOSName(COSName.TYPE));
      if (!isNode) {
        leaves.add(node);
        inheritedBy.add(f.inherited());
        continue;
      }
      Map<COSName, COSBase> inherited = new LinkedHashMap<>(f.inherited());
      for (COSName key : INHERITABLE) {
        COSBase v = node.getDictionaryObject(key);
        if (v != null) {
          inherited.put(key, v);
        }
      }
      if (kids instanceof COSArray arr) {
        for (int i = arr.size() - 1; i >= 0; i--) {
          if (arr.getObject(i) instanceof COSDictionary kid) {
            stack.push(new Frame(kid, inherited));
          } else {
            broken = true;
          }
        }
      }
    }
    if (leaves.isEmpty()) {
      return false; // "no pages" is the loader's to report
    }
    if (!broken && agrees(doc, leaves)) {
      return false;
    }
    COSArray flat = new COSArray();
    for (int i = 0; i < leaves.size(); i++) {
      COSDictionary page = leaves.get(i);
      for (Map.Entry<COSName, COSBase> e : inheritedBy.get(i).entrySet()) {
        if (page.getDictionaryObject(e.getKey()) == null) {
          page.setItem(e.getKey(), e.getValue());
        }
      }
      page.setItem(COSName.TYPE, COSName.PAGE);
      page.setItem(COSName.PARENT, root);
      flat.add(page);
    }
    root.setItem(COSName.KIDS, flat);
    root.setInt(COSName.COUNT, leaves.size());
    root.setItem(COSName.TYPE, COSName.PAGES);
    root.removeItem(COSName.PARENT);
    return true;
  }

  /** Whether PDFBox's count-guided lookup finds exactly these leaves. */
  private static boolean agrees(PDDocument doc, List<COSDictionary> leaves) {
    try {
      if (doc.getNumberOfPages() != leaves.size()) {
        return false;
      }
      for (int i = 0; i < leaves.size(); i++) {
        if (doc.getPage(i).getCOSObject() != leaves.get(i)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
