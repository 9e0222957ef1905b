package org.nianbao.extract.image;

import java.awt.image.BufferedImage;

/**
 * A page as an image, taken out of the PDF for OCR.
 *
 * @param pointsPerPixel PDF points per image pixel
 * @param source "embedded" (the scan's own image at native resolution) or "rendered"
 */
public record PageImage(int pageNumber, BufferedImage image, double pointsPerPixel, String source) {}
