package org.nianbao.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Template;

/**
 * The three template tables as a reader sees them: titles, items and fields with their
 * canonical Chinese labels, in printed order (from {@code models/templates}), for tools that lay
 * the figures out as the form prints them.
 */
public final class FormLayout {

  /** One figure field (a column of the table): key and label. */
  public record Field(String key, String label, boolean money) {}

  /**
   * One item (a row or, in table 四, a group): key, label, parent label, its fields in order,
   * and the items it is summed from when not printed itself (the (六) row).
   */
  public record Item(String key, String label, String parent, List<String> fields,
      List<String> derivedFrom) {
    public Item {
      fields = List.copyOf(fields);
      derivedFrom = List.copyOf(derivedFrom);
    }
  }

  /** One template table: its {@code data} group, title, items and fields. */
  public record Group(String key, String title, List<Item> items, List<Field> fields) {
    public Group {
      items = List.copyOf(items);
      fields = List.copyOf(fields);
    }
  }

  private FormLayout() {}

  /** The tables of {@code template} (GB2021's table 二 when the template is unknown). */
  public static List<Group> of(Template template) {
    TemplateCatalog catalog = TemplateCatalog.fromClasspath();
    ObjectMapper json = new ObjectMapper();
    JsonNode index = TemplateCatalog.read(json, "index.json");
    List<Group> out = new ArrayList<>();

    ActiveDisclosureForm active = catalog.activeDisclosure(
        template == Template.UNKNOWN ? Template.GB2021 : template);
    String activeTitle = "二、主动公开政府信息情况";
    for (JsonNode f : index.path("activeDisclosureForms")) {
      JsonNode form = TemplateCatalog.read(json, f.asText());
      if (form.path("template").asText().equals(active.template().id())) {
        activeTitle = title(form, activeTitle);
      }
    }
    List<Field> activeFields = active.fields().values().stream()
        .map(l -> new Field(l.key(), l.labels().get(0), active.moneyFields().contains(l.key())))
        .toList();
    List<Item> activeItems = active.items().stream()
        .map(i -> new Item(i.key(), i.label().labels().get(0), i.label().parent(), i.fields(),
            List.of()))
        .toList();
    out.add(new Group(ActiveDisclosureReader.GROUP, activeTitle, activeItems, activeFields));

    ApplicationsForm apps = catalog.applications();
    List<Field> appFields = apps.columns().stream()
        .map(l -> new Field(l.key(), l.labels().get(0), false)).toList();
    List<Item> appItems = apps.rows().stream()
        .map(r -> new Item(r.key(), r.label().labels().get(0), r.label().parent(),
            apps.columnKeys(), r.derivedFrom()))
        .toList();
    out.add(new Group(ApplicationsReader.GROUP,
        title(TemplateCatalog.read(json, index.path("applications").asText()),
            "三、收到和处理政府信息公开申请情况"),
        appItems, appFields));

    ReviewsForm reviews = catalog.reviews();
    List<Field> reviewFields = reviews.fields().stream()
        .map(l -> new Field(l.key(), l.labels().get(0), false)).toList();
    List<String> fieldKeys = reviewFields.stream().map(Field::key).toList();
    String parent = reviews.groupParents().isEmpty() ? null : reviews.groupParents().get(0);
    List<Item> reviewItems = new ArrayList<>();
    for (int i = 0; i < reviews.groups().size(); i++) {
      LabelSet g = reviews.groups().get(i);
      // every group after the first sits under 行政诉讼 in the printed form
      reviewItems.add(new Item(g.key(), g.labels().get(0), i == 0 ? null : parent, fieldKeys,
          List.of()));
    }
    out.add(new Group(ReviewsReader.GROUP,
        title(TemplateCatalog.read(json, index.path("reviewsAndLawsuits").asText()),
            "四、政府信息公开行政复议、行政诉讼情况"),
        reviewItems, reviewFields));
    return out;
  }

  /** The form's title without the note in brackets after it. */
  private static String title(JsonNode form, String fallback) {
    String t = form.path("title").asText("");
    int cut = t.indexOf(" (");
    t = (cut > 0 ? t.substring(0, cut) : t).strip();
    return t.isEmpty() ? fallback : t;
  }
}
