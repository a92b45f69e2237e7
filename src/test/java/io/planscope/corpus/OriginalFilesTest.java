package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals are kept gzip-compressed and come back byte-exact; an older store's uncompressed originals still read. */
class OriginalFilesTest {
  @TempDir Path dir;

  private Path root() {
    return dir.resolve("store");
  }

  private Path documentDir(String id) {
    return root().resolve("documents").resolve(id.substring(0, 2)).resolve(id);
  }

  /** A farm page's shape: much repeated markup around the plan. */
  private static byte[] page() {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"gbk\"><title>某县教育局2024年工作要点</title></head><body>");
    for (int i = 1; i <= 40; i++) {
      html.append("<div class=\"nav\"><a href=\"/list/").append(i).append(".html\">相关范文").append(i).append("</a></div>");
      html.append("<p>").append(i).append("、推进第").append(i).append("项工作，落实责任，加强督导。</p>");
    }
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsStoredCompressedAndReadBackByteExact() throws Exception {
    DocumentStore store = DocumentStore.open(root());
    byte[] page = page();
    StoredDocument d = store.put(new SourceDocument(page, "a.html", "https://example.org/a.html", null, Instant.EPOCH));
    Path gz = documentDir(d.id()).resolve(DocumentFiles.ORIGINAL_GZ);
    assertTrue(Files.exists(gz));
    assertFalse(Files.exists(documentDir(d.id()).resolve(DocumentFiles.ORIGINAL)));
    assertTrue(Files.size(gz) < page.length / 3, "markup compresses: " + Files.size(gz) + " of " + page.length);
    assertArrayEquals(page, store.original(d.id()));
    assertArrayEquals(page, DocumentStore.open(root()).original(d.id()), "and after a reopen");
  }

  @Test
  void bytesThatDoNotCompressComeBackExactToo() throws Exception {
    byte[] noise = new byte[50_000];
    new SplittableRandom(7).nextBytes(noise);
    noise[0] = 0x1f; // starting like a gzip member changes nothing: the file's name says how it is stored
    noise[1] = (byte) 0x8b;
    DocumentStore store = DocumentStore.open(root());
    StoredDocument d = store.put(new SourceDocument(noise, "scan.pdf", null, null, Instant.EPOCH));
    assertArrayEquals(noise, store.original(d.id()));
  }

  @Test
  void anOlderStoresUncompressedOriginalStillReadsAndPassesHealing() throws Exception {
    DocumentStore store = DocumentStore.open(root());
    byte[] page = page();
    StoredDocument d = store.put(new SourceDocument(page, "a.html", null, null, Instant.EPOCH));
    Path docDir = documentDir(d.id());
    // as a store written before compression holds it
    Files.write(docDir.resolve(DocumentFiles.ORIGINAL), page);
    Files.delete(docDir.resolve(DocumentFiles.ORIGINAL_GZ));
    DocumentStore reopened = DocumentStore.open(root());
    assertArrayEquals(page, reopened.original(d.id()));
    DocumentFiles files = new DocumentFiles(root(), new SyncBatch(root()));
    assertTrue(files.readIntact(docDir) != null, "the uncompressed original hashes to its id");
    Files.write(docDir.resolve(DocumentFiles.ORIGINAL), new byte[10]);
    assertTrue(files.readIntact(docDir) == null, "a torn one does not");
  }
}
