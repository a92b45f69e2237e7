package io.planscope.corpus;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a zip of documents into one {@link SourceDocument} per file entry, enforcing {@link ArchiveLimits} on what is
 * actually decompressed (the sizes in the zip's headers can lie). Entries keep the archive's source with
 * {@code !/entry} appended; directories are skipped; nothing is written to disk here.
 */
public final class ZipArchive {
  private ZipArchive() {}

  /**
   * Whether a document is a zip archive: by name, or by its "PK\3\4" signature when its name gives no format or a
   * text one. A name of a binary format keeps that format: a .docx is a zip too, and so may a format added later be.
   */
  public static boolean isZip(SourceDocument doc) {
    byte[] b = doc.bytes();
    boolean magic = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    SourceFormat named = SourceFormat.forFilename(doc.filename()).orElse(null);
    return named == SourceFormat.ZIP || (magic && (named == null || named.text()));
  }

  /** The archive's file entries; throws {@link IngestException} (TOO_LARGE or NOT_TEXT) quoting the archive. */
  public static List<SourceDocument> entries(SourceDocument zip, ArchiveLimits limits) {
    long allowed = limits.allowedFor(zip.bytes().length);
    List<SourceDocument> out = new ArrayList<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.isDirectory()) continue;
        if (out.size() >= limits.maxEntries()) throw tooMany(zip, limits);
        byte[] bytes = readBounded(in, allowed - total, zip, limits);
        total += bytes.length;
        out.add(entry(zip, e.getName(), bytes));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IngestException(
          IngestException.Reason.NOT_TEXT, "'" + zip.filename() + "' is not a readable zip: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IngestException(IngestException.Reason.NO_PLAN, "'" + zip.filename() + "' holds no files");
    }
    return List.copyOf(out);
  }

  private static SourceDocument entry(SourceDocument zip, String name, byte[] bytes) {
    String base = zip.sourceUri() == null ? "upload:" + zip.filename() : zip.sourceUri();
    return new SourceDocument(
        bytes, ContentTypes.cleanFilename(name), base + "!/" + name, null, zip.fetchedAt(), zip.published());
  }

  private static byte[] readBounded(ZipInputStream in, long budget, SourceDocument zip, ArchiveLimits limits)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      if (out.size() + (long) n > budget) throw tooBig(zip, limits);
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static IngestException tooMany(SourceDocument zip, ArchiveLimits limits) {
    return new IngestException(
        IngestException.Reason.TOO_LARGE,
        "'" + zip.filename() + "' has more than " + limits.maxEntries() + " files; split it into smaller archives");
  }

  private static IngestException tooBig(SourceDocument zip, ArchiveLimits limits) {
    return new IngestException(
        IngestException.Reason.TOO_LARGE,
        "'" + zip.filename() + "' decompresses to more than " + limits.allowedFor(zip.bytes().length)
            + " bytes (at most " + limits.maxRatio() + "x its size and " + limits.maxTotalBytes()
            + " bytes in all); is it a zip bomb? Split it or upload the files themselves");
  }
}
