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

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp;

  private static String shipped(String name) throws Exception {
    try (java.io.InputStream in = TemplateCatalog.class.getResourceAsStream(
        TemplateCatalog.RESOURCE_DIR + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLocalFolderAddsLabelVariantsWithoutARebuild() throws Exception {
    String variant = "一、本年度新收到的政府信息公开申请件数";
    java.nio.file.Files.writeString(tmp.resolve("applications.json"), shipped("applications.json")
        .replace("\"labels\": [\"一、本年新收政府信息公开申请数量\"]",
            "\"labels\": [\"一、本年新收政府信息公开申请数量\", \"" + variant + "\"]"));
    java.nio.file.Files.writeString(tmp.resolve("README.txt"), "not a template: ignored");
    TemplateCatalog local = TemplateCatalog.load(tmp);
    assertEquals(List.of("一、本年新收政府信息公开申请数量", variant),
        local.applications().rows().get(0).label().labels());
    // the other files still come from the jar
    assertEquals(catalog.reviews().figureCount(), local.reviews().figureCount());
    assertTrue(TemplateLabels.load(tmp).near(variant));
    org.junit.jupiter.api.Assertions.assertFalse(TemplateLabels.fromClasspath().near(variant));
  }

  private String failure(String name, String content) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(tmp.resolve("t" + name.hashCode()
        + content.length()));
    java.nio.file.Files.writeString(dir.resolve(name), content);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> TemplateCatalog.load(dir));
    assertTrue(e.getMessage().contains(dir.resolve(name).toString()), e.getMessage());
    return e.getMessage();
  }

  @Test
  void aBadFileIsAnErrorNamingIt() throws Exception {
    assertTrue(failure("gb2021.json", "{ \"template\": \"gb2021\", ").contains("JSON"));
    assertTrue(failure("gb2021-local.json", "{}").contains("not named by index.json"));
    // a renamed key would change the canonical model
    // refused by the key comparison (naming grantd) or by the checks that need granted
    String renamed = failure("applications.json", shipped("applications.json")
        .replace("\"key\": \"granted\"", "\"key\": \"grantd\""));
    assertTrue(renamed.contains("grantd") || renamed.contains("granted"), renamed);
    assertTrue(failure("gb2019.json", shipped("gb2019.json")
        .replace("\"template\": \"GB2019\"", "\"template\": \"gb2099\"")).contains("gb2099"));
    IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> TemplateCatalog.load(tmp.resolve("absent")));
    assertTrue(missing.getMessage().contains("absent"), missing.getMessage());
  }

  @Test
  void aLocalLabelVariantIsReadWhereTheShippedLabelsMissIt() throws Exception {
    // a county's own wording for two rows, far from the national form's
    String received = "甲、当年度受理的信息公开请求件数";
    String granted = "子、同意提供全部信息";
    java.util.function.Function<TemplateReconciler, Reconciliation> read = r -> r.reconcile(List.of(
        ApplicationsGrid.standard(true)
            .values("newReceived", "10", "1", "0", "0", "0", "1", "12")
            .values("granted", "3", "1", "0", "0", "0", "0", "4")
            .values("unableNotHeld", "7", "0", "0", "0", "0", "1", "8")
            .values("resultsTotal", "10", "1", "0", "0", "0", "1", "12")
            .leaf("newReceived", received).leaf("granted", granted).build("t1")));
    java.nio.file.Files.writeString(tmp.resolve("applications.json"), shipped("applications.json")
        .replace("\"labels\": [\"一、本年新收政府信息公开申请数量\"]",
            "\"labels\": [\"一、本年新收政府信息公开申请数量\", \"" + received + "\"]")
        .replace("\"labels\": [\"(一)予以公开\",", "\"labels\": [\"" + granted + "\", \"(一)予以公开\","));
    Reconciliation local = read.apply(TemplateReconciler.forTemplates(tmp));
    assertEquals(12L, local.data().get("applications.newReceived.total"));
    assertEquals(4L, local.data().get("applications.granted.total"));
    assertEquals(3L, local.data().get("applications.granted.naturalPerson"));
    // the shipped labels know neither: the rows are only placed by the template's order, and
    // said so; the local variant matches them by label
    java.util.function.Function<Reconciliation, List<String>> byOrder = r -> r.warnings().stream()
        .filter(w -> "ROW_PLACED_BY_ORDER".equals(w.code())).map(w -> w.path()).toList();
    assertEquals(List.of("applications.newReceived", "applications.granted"),
        byOrder.apply(read.apply(TemplateReconciler.fromClasspath())));
    assertEquals(List.of(), byOrder.apply(local));
  }
}
