package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Template;

class TemplateCatalogTest {
  private final TemplateCatalog catalog = TemplateCatalog.fromClasspath();

  @Test
  void loadsBothTableTwoForms() {
    assertEquals(List.of("regulations", "normativeDocuments", "licensing", "punishment",
            "enforcement", "administrativeFees"),
        catalog.activeDisclosure(Template.GB2021).items().stream().map(i -> i.key()).toList());
    assertEquals(List.of("regulations", "normativeDocuments", "licensing", "otherExternalServices",
            "punishment", "enforcement", "administrativeFees", "centralizedProcurement"),
        catalog.activeDisclosure(Template.GB2019).items().stream().map(i -> i.key()).toList());
    assertEquals(java.util.Set.of("amountWanYuan"), catalog.activeDisclosure(Template.GB2021).moneyFields());
  }

  @Test
  void applicationsRowsAndColumnsFollowTheSpec() {
    ApplicationsForm a = catalog.applications();
    assertEquals(List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
        "publicInterestOrganization", "legalServiceAgency", "other", "total"), a.columnKeys());
    List<String> keys = a.rows().stream().map(ApplicationsForm.Row::key).toList();
    assertEquals(26, keys.size());
    assertEquals("newReceived", keys.get(0));
    assertEquals("carriedForward", keys.get(25));
    assertEquals(8, keys.stream().filter(k -> k.startsWith("denied")).count());
    assertEquals(5, keys.stream().filter(k -> k.startsWith("notProcessed")).count());
    assertTrue(keys.indexOf("otherOther") < keys.indexOf("otherHandling"));
  }

  @Test
  void reviewsHaveFifteenFigures() {
    assertEquals(15, catalog.reviews().figureCount());
    // the spec's rule: for each group, total = upheld + corrected + other + pending
    CheckRule rule = catalog.reviews().checks().get(0);
    assertEquals("reviewsAndLawsuits.total", rule.id());
    assertEquals(List.of("total"), rule.right());
    assertEquals(List.of("upheld", "corrected", "other", "pending"), rule.left());
  }
}
