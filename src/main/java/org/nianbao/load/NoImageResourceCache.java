package org.nianbao.load;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;

/**
 * PDFBox's default cache keeps every page's images (soft references) for the life of the
 * document; on a 100-page scan that is every page image, and soft references are only cleared
 * when the heap is full, so the process grows to its heap limit. Pages are visited once in
 * order here, so images are not worth keeping; fonts and colour spaces still are.
 */
final class NoImageResourceCache extends DefaultResourceCache {
  @Override
  public void put(COSObject indirect, PDXObject xobject) {
    // not cached: see the class comment
  }
}
