package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.ingest.FormatSamples;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which uploads are opened as archives: the table's zip by name, zip bytes unless a binary format's name claims them. */
class ZipArchiveTest {
  private static final String TITLE = "某县教育局2024年工作要点";

  private static SourceDocument doc(String name, byte[] bytes) {
    return new SourceDocument(bytes, name, "upload:" + name, null, Instant.EPOCH);
  }

  @Test
  void zipBytesAreAnArchiveUnlessABinaryFormatsNameClaimsThem() {
    byte[] zip = FormatSamples.plan(SourceFormat.ZIP, TITLE);
    for (String name : List.of("plans.zip", "PLANS.ZIP", "plans", "plans.txt", "plans.shtml", "plans.bin")) {
      assertTrue(ZipArchive.isZip(doc(name, zip)), name);
    }
    byte[] docx = FormatSamples.plan(SourceFormat.DOCX, TITLE);
    assertFalse(ZipArchive.isZip(doc("计划.docx", docx)), "a .docx is a zip of its own format");
    assertFalse(ZipArchive.isZip(doc("计划.pdf", zip)), "a binary format's name keeps its reader (and its error)");
    assertFalse(ZipArchive.isZip(doc("plan.html", FormatSamples.plan(SourceFormat.HTML, TITLE))));
  }

  @Test
  void anArchiveOpensIntoItsFiles() {
    List<SourceDocument> entries = ZipArchive.entries(doc("plans.zip", FormatSamples.plan(SourceFormat.ZIP, TITLE)),
        ArchiveLimits.DEFAULT);
    assertEquals(List.of("plan.txt"), entries.stream().map(SourceDocument::filename).toList());
    assertEquals("upload:plans.zip!/plan.txt", entries.get(0).sourceUri());
  }
}
