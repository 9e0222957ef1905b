package org.nianbao.load;

import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.nianbao.model.BBox;

/**
 * An image drawn on a page.
 *
 * @param name the XObject's resource name ("inline" for an inline image), for messages
 * @param box where it is drawn, in the upright page frame (PDF points, origin top-left), clipped
 *     to the page and to the clipping path in force
 * @param whole true when the box shows the whole image: not cut by the page edge or a clip
 * @param upright true when the image is drawn unrotated and unflipped on an unrotated page, so
 *     its pixels map onto the box by scaling alone
 * @param image the image (only valid while the document is open; read on its thread)
 */
public record PagePicture(String name, BBox box, boolean whole, boolean upright, PDImage image) {}
