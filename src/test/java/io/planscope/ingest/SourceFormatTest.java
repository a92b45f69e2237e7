package io.planscope.ingest;

import io.planscope.source.IngestException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one table of formats: lookups by name and type, messages built from it, every format read, README agrees. */
class SourceFormatTest {
  private static final Ingestor INGESTOR = new Ingestor();

  @Test
  void everyExtensionAndContentTypeBelongsToOneFormat() {
    List<String> extensions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (SourceFormat f : SourceFormat.values()) {
      extensions.addAll(f.extensions());
      types.addAll(f.contentTypes());
      f.extensions().forEach(e -> assertEquals(Optional.of(f), SourceFormat.forFilename("plan." + e)));
      f.contentTypes().forEach(t -> assertEquals(Optional.of(f), SourceFormat.forContentType(t)));
    }
    assertEquals(extensions.size(), new HashSet<>(extensions).size(), "an extension listed twice: " + extensions);
    assertEquals(types.size(), new HashSet<>(types).size(), "a content type listed twice: " + types);
  }

  @Test
  void looksUpNamesInAnyCaseAndTypesWithParameters() {
    assertEquals(Optional.of(SourceFormat.HTML), SourceFormat.forFilename("2024jhzy.SHTML"));
    assertEquals(Optional.of(SourceFormat.HTML), SourceFormat.forFilename("工作要点.Htm"));
    assertEquals(Optional.of(SourceFormat.ZIP), SourceFormat.forFilename("附件.zip"));
    assertEquals(Optional.empty(), SourceFormat.forFilename("计划.doc"));
    assertEquals(Optional.empty(), SourceFormat.forFilename("plan"));
    assertEquals(Optional.empty(), SourceFormat.forFilename("plan.tar.gz"));
    assertEquals(Optional.empty(), SourceFormat.forFilename(null));
    assertEquals(Optional.of(SourceFormat.HTML), SourceFormat.forContentType("Text/HTML; charset=GBK"));
    assertEquals(Optional.of(SourceFormat.ZIP), SourceFormat.forContentType("application/x-zip-compressed"));
    assertEquals(Optional.empty(), SourceFormat.forContentType("application/msword"));
    assertEquals(Optional.empty(), SourceFormat.forContentType(null));
  }

  @Test
  void addsTheUsualExtensionOnlyWhenTheNameLacksOneOfItsOwn() {
    assertEquals("index.jsp.html", SourceFormat.HTML.withExtension("index.jsp"));
    assertEquals("2024jhzy.shtml", SourceFormat.HTML.withExtension("2024jhzy.shtml"));
    assertEquals("plan.HTM", SourceFormat.HTML.withExtension("plan.HTM"));
    assertEquals("plan.pdf.docx", SourceFormat.DOCX.withExtension("plan.pdf"));
    assertEquals("down.pdf", SourceFormat.PDF.withExtension("down"));
  }

  @Test
  void anUnknownExtensionIsRefusedNamingEveryFormat() {
    IngestException e = assertThrows(IngestException.class,
        () -> INGESTOR.parse(Seeds.doc("计划.doc", "一、总体要求")));
    assertEquals(IngestException.Reason.UNSUPPORTED_TYPE, e.reason());
    assertTrue(e.getMessage().startsWith("'计划.doc' is not a format PlanScope reads; use web page (.html"),
        e.getMessage());
    for (SourceFormat f : SourceFormat.values()) {
      assertTrue(e.getMessage().contains(f.label()), f + ": " + e.getMessage());
      f.extensions().forEach(x -> assertTrue(e.getMessage().contains("." + x), x + ": " + e.getMessage()));
    }
    assertEquals("web page (.html, .htm or .shtml), plain text (.txt), Word document (.docx), PDF (.pdf)"
        + " or zip of these (.zip)", SourceFormat.supported());
  }

  @Test
  void everyDocumentFormatIsReadUnderEachOfItsExtensions() {
    for (SourceFormat f : SourceFormat.documents()) {
      for (String ext : f.extensions()) {
        String title = "某县教育局2024年工作要点";
        ParseResult r = INGESTOR.parse(Seeds.doc("plan." + ext.toUpperCase(java.util.Locale.ROOT),
            FormatSamples.plan(f, title)));
        Plan plan = r.plans().get(0);
        assertEquals(title, plan.title(), f + " ." + ext);
        assertEquals(FormatSamples.MEASURES, plan.measures().size(), f + " ." + ext + ": " + plan.measures());
      }
    }
  }

  @Test
  void aZipIsNotParsedWholeButSaysHowToImportIt() {
    IngestException e = assertThrows(IngestException.class,
        () -> INGESTOR.parse(Seeds.doc("plans.zip", FormatSamples.plan(SourceFormat.ZIP, "某县教育局2024年工作要点"))));
    assertEquals(IngestException.Reason.UNSUPPORTED_TYPE, e.reason());
    assertTrue(e.getMessage().contains("'plans.zip' is a zip archive; import or upload it"), e.getMessage());
  }

  // README's "Supported formats" table: | label | `.ext` `.ext` | `type`, `type` |
  private static final Pattern ROW = Pattern.compile("^\\| ([^|`]+?) \\| ((?:`\\.\\w+` ?)+) \\| ((?:`[^`]+`(?:, )?)+) \\|$");

  @Test
  void readmeListsExactlyTheRegisteredFormats() throws IOException {
    Path readme = Path.of(System.getProperty("planscope.home", ".")).resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("\n## Supported formats\n");
    assertTrue(start >= 0, "README has no '## Supported formats' section");
    String section = text.substring(start + 1, text.indexOf("\n## ", start + 1));
    List<String> rows = new ArrayList<>();
    for (String line : section.lines().toList()) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) rows.add(m.group(1) + " " + ticked(m.group(2)) + " " + ticked(m.group(3)));
    }
    List<String> registry = Arrays.stream(SourceFormat.values())
        .map(f -> f.label() + " " + f.extensions().stream().map(e -> "." + e).toList() + " " + f.contentTypes())
        .toList();
    assertEquals(registry, rows, "README's Supported formats table and SourceFormat disagree");
  }

  private static List<String> ticked(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void textFormatsAreTheOnesDecodedWithACharset() {
    Set<SourceFormat> text = new HashSet<>();
    for (SourceFormat f : SourceFormat.values()) if (f.text()) text.add(f);
    assertEquals(Set.of(SourceFormat.HTML, SourceFormat.TEXT), text);
    assertEquals(List.of(SourceFormat.ZIP), Arrays.stream(SourceFormat.values()).filter(SourceFormat::archive).toList());
  }
}
