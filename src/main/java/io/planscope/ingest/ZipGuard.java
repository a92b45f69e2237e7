package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip (a .docx) once, counting, before POI opens it: too many entries, too many inflated bytes or an
 * entry that inflates more than {@code maxCompressionRatio} times its compressed size (a zip bomb) fail with
 * {@code TOO_LARGE}. Reading stops at the first limit crossed, so a bomb costs at most the limit.
 */
final class ZipGuard {
  private ZipGuard() {}

  static void check(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(doc.bytes()))) {
      int entries = 0;
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > limits.maxZipEntries()) {
          throw tooLarge(doc, "more than " + limits.maxZipEntries() + " zip entries");
        }
        long size = inflate(zip, buffer, doc, limits, total, deadline);
        total += size;
        checkRatio(doc, limits, e, size);
      }
      if (entries == 0) throw notDocx(doc, "it has no zip entries", null);
    } catch (IOException e) {
      throw notDocx(doc, "it is not a readable zip (" + e.getMessage() + ")", e);
    }
  }

  private static long inflate(
      InputStream in, byte[] buffer, SourceDocument doc, IngestLimits limits, long before, Deadline deadline)
      throws IOException {
    long size = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      size += n;
      if (before + size > limits.maxUncompressedBytes()) {
        throw tooLarge(doc, "it inflates to more than " + limits.maxUncompressedBytes() + " bytes");
      }
      deadline.check();
    }
    return size;
  }

  private static void checkRatio(SourceDocument doc, IngestLimits limits, ZipEntry e, long size) {
    long compressed = e.getCompressedSize();
    // Tiny entries compress absurdly well without being bombs; only sizable ones are judged by ratio.
    if (compressed <= 0 || size < 1 << 20) return;
    if (size / compressed > limits.maxCompressionRatio()) {
      throw tooLarge(
          doc, "entry '" + e.getName() + "' inflates " + size / compressed + " times (a zip bomb?)");
    }
  }

  private static IngestException tooLarge(SourceDocument doc, String why) {
    return new IngestException(
        IngestException.Reason.TOO_LARGE, "'" + doc.filename() + "' was not read: " + why);
  }

  static IngestException notDocx(SourceDocument doc, String why, Throwable cause) {
    return new IngestException(
        IngestException.Reason.NOT_TEXT,
        "'" + doc.filename() + "' is not a .docx: " + why + "; save it from Word as .docx and try again",
        cause);
  }
}
