package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Each limit of {@link IngestLimits}, crossed by a file the test builds. */
class IngestLimitsTest {
  private static IngestException.Reason reasonOf(IngestLimits limits, SourceDocument doc) {
    return assertThrows(IngestException.class, () -> new Ingestor(limits).parse(doc)).reason();
  }

  @Test
  void refusesInputOverTheByteLimit() {
    SourceDocument doc = Seeds.doc("big.txt", TestPages.PLAN_TITLE + "\n" + TestPages.PLAN_BODY);
    assertEquals(IngestException.Reason.TOO_LARGE, reasonOf(IngestLimits.DEFAULTS.withMaxBytes(100), doc));
  }

  @Test
  void refusesHtmlNestedDeeperThanTheLimit() {
    String html = "<html><body>" + "<div>".repeat(5000) + TestPages.paragraphs(TestPages.PLAN_BODY) + "</body></html>";
    IngestException e =
        assertThrows(IngestException.class, () -> new Ingestor().parse(Seeds.doc("deep.html", html)));
    assertEquals(IngestException.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("deep.html"), e.getMessage());
  }

  @Test
  void refusesAZipBombDocx() throws IOException {
    byte[] bomb = zip(1, 20 << 20);
    assertEquals(IngestException.Reason.TOO_LARGE, reasonOf(IngestLimits.DEFAULTS, Seeds.doc("bomb.docx", bomb)));
  }

  @Test
  void refusesADocxWithTooManyEntriesOrTooManyInflatedBytes() throws IOException {
    SourceDocument many = Seeds.doc("many.docx", zip(50, 10));
    assertEquals(IngestException.Reason.TOO_LARGE, reasonOf(IngestLimits.DEFAULTS.withZip(20, 1 << 20, 100), many));
    SourceDocument big = Seeds.doc("big.docx", zip(3, 100_000));
    assertEquals(IngestException.Reason.TOO_LARGE, reasonOf(IngestLimits.DEFAULTS.withZip(100, 200_000, 10_000), big));
  }

  @Test
  void refusesAPdfWithTooManyPages() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < 5; i++) pdf.addPage(new PDPage());
      pdf.save(out);
    }
    SourceDocument doc = Seeds.doc("pages.pdf", out.toByteArray());
    assertEquals(IngestException.Reason.TOO_LARGE, reasonOf(IngestLimits.DEFAULTS.withMaxPdfPages(3), doc));
    assertEquals(IngestException.Reason.NOT_TEXT, reasonOf(IngestLimits.DEFAULTS, doc), "no text layer");
  }

  @Test
  void stopsAParseThatTakesLongerThanTheTimeLimit() {
    SourceDocument doc = Seeds.doc("plan.txt", TestPages.PLAN_TITLE + "\n" + TestPages.PLAN_BODY);
    IngestException e =
        assertThrows(IngestException.class, () -> new Ingestor(IngestLimits.DEFAULTS.withTimeout(Duration.ofNanos(1))).parse(doc));
    assertEquals(IngestException.Reason.TIMEOUT, e.reason());
  }

  @Test
  void checksTheDeadlineInsideTheStages() {
    Deadline past = Deadline.after(Duration.ofNanos(1), "x.txt");
    assertThrows(IngestException.class, () -> {
      Thread.sleep(2);
      past.check();
    });
  }

  /** A zip of n entries of the given number of zero bytes each (zeros compress about 1000:1). */
  private static byte[] zip(int entries, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        zip.write(new byte[size]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
