package org.nianbao.model;

import java.util.List;

/** A numbered top-level section (一 … 六) with its running text. */
public record Section(String number, String title, String text, List<Integer> pages) {
  public Section {
    pages = List.copyOf(pages);
  }
}
