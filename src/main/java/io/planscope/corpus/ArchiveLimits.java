package io.planscope.corpus;

/**
 * Limits on a zip of documents (upload or import), against zip bombs: how many entries, how many bytes in all once
 * decompressed, and how much bigger than the archive that may be.
 *
 * @param maxEntries most entries (files) in one archive
 * @param maxTotalBytes most decompressed bytes over all entries
 * @param maxRatio most decompressed bytes per archive byte (a real zip of pages is around 5-10)
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio) {
  /** 2,000 entries, 100 MB decompressed, ratio 100. */
  public static final ArchiveLimits DEFAULT = new ArchiveLimits(2_000, 100L << 20, 100);

  /** Decompressed bytes allowed for an archive of this size: the ratio applies above a 1 MB floor. */
  long allowedFor(long archiveBytes) {
    return Math.min(maxTotalBytes, Math.max(1L << 20, archiveBytes * maxRatio));
  }
}
