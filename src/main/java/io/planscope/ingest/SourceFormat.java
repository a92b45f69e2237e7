package io.planscope.ingest;

import io.planscope.source.IngestException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats PlanScope takes, in one table: each one's label, extensions, content types and reader. Everything
 * that accepts, lists, names or serves files asks this table rather than keeping a list of its own: uploads (and
 * their 415 message), directory imports, the crawler (which links and Content-Types are documents), the type an
 * original is stored and served with, the CLI help, and {@code GET /api/formats}, which the upload page reads.
 *
 * <p>How to add a format: write a {@link SourceReader} for it (enforcing the {@link IngestLimits} that apply), add a
 * constant here (its first extension is the one added to a name that has none of them, its first content type the
 * one stored and served), and add its row to README's "Supported formats" table (a test compares the two). The
 * tests' {@code FormatSamples} then asks for a sample plan in it, which every format test runs through.
 */
public enum SourceFormat {
  // .shtml is what servers with server-side includes call their pages; bureau sites are full of them.
  HTML("web page", List.of("html", "htm", "shtml"), List.of("text/html", "application/xhtml+xml"), true,
      new HtmlReader()),
  TEXT("plain text", List.of("txt"), List.of("text/plain"), true, new TextReader()),
  DOCX("Word document", List.of("docx"),
      List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), false, new DocxReader()),
  PDF("PDF", List.of("pdf"), List.of("application/pdf"), false, new PdfReader()),
  /**
   * An archive of the formats above: the importer opens it and imports each file; nothing reads it whole. Windows
   * browsers send it as application/x-zip-compressed.
   */
  ZIP("zip of these", List.of("zip"), List.of("application/zip", "application/x-zip-compressed"), false,
      (doc, limits, deadline) -> {
        throw new IngestException(IngestException.Reason.UNSUPPORTED_TYPE, "'" + doc.filename()
            + "' is a zip archive; import or upload it to have each file in it read, or unzip it first");
      });

  private final String label;
  private final List<String> extensions;
  private final List<String> contentTypes;
  private final boolean text;
  private final SourceReader reader;

  SourceFormat(String label, List<String> extensions, List<String> contentTypes, boolean text, SourceReader reader) {
    this.label = label;
    this.extensions = List.copyOf(extensions);
    this.contentTypes = List.copyOf(contentTypes);
    this.text = text;
    this.reader = reader;
  }

  /** A short English name for people: "web page", "Word document". */
  public String label() {
    return label;
  }

  /** Lower-case extensions without the dot, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** Lower-case media types without parameters, the usual one first. */
  public List<String> contentTypes() {
    return contentTypes;
  }

  /** The usual media type: the one an original of this format is stored with. */
  public String contentType() {
    return contentTypes.get(0);
  }

  /**
   * Whether the bytes are text in some charset (a page, plain text). Such an original is served as text/plain: a
   * stored page must never run as HTML on our origin.
   */
  public boolean text() {
    return text;
  }

  /** Whether this is an archive of documents rather than a document (the crawler fetches documents only). */
  public boolean archive() {
    return this == ZIP;
  }

  SourceReader reader() {
    return reader;
  }

  /** The formats that are documents (every one but the archive), in table order. */
  public static List<SourceFormat> documents() {
    return Arrays.stream(values()).filter(f -> !f.archive()).toList();
  }

  /** The format a file name's extension names (any case), if any. */
  public static Optional<SourceFormat> forFilename(String filename) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    String ext = name.substring(name.lastIndexOf('.') + 1);
    if (ext.length() == name.length()) return Optional.empty(); // no dot: no extension
    return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
  }

  /** The format for a file name; throws UNSUPPORTED_TYPE quoting the name and listing what is supported. */
  public static SourceFormat expectFor(String filename) {
    return forFilename(filename).orElseThrow(() -> new IngestException(IngestException.Reason.UNSUPPORTED_TYPE,
        "'" + filename + "' is not a format PlanScope reads; use " + supported()));
  }

  /** The format a Content-Type names ("text/html; charset=gbk" is HTML), if any. */
  public static Optional<SourceFormat> forContentType(String contentType) {
    if (contentType == null) return Optional.empty();
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.contentTypes.contains(type)).findFirst();
  }

  /** The name as it is when it has one of this format's extensions, else with the usual one added. */
  public String withExtension(String name) {
    return forFilename(name).filter(f -> f == this).isPresent() ? name : name + "." + extensions.get(0);
  }

  /**
   * Every format for a message, label and extensions: "web page (.html, .htm or .shtml), plain text (.txt), …,
   * PDF (.pdf) or zip of these (.zip)".
   */
  public static String supported() {
    return inWords(Arrays.stream(values()).map(f -> f.label + " (" + dotted(List.of(f)) + ")").toList());
  }

  /** The extensions of some formats with their dots, in table order: ".html, .htm, .shtml or .txt". */
  public static String dotted(Collection<SourceFormat> formats) {
    return inWords(formats.stream().flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
  }

  private static String inWords(List<String> items) {
    int last = items.size() - 1;
    return last < 1 ? String.join("", items) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
  }
}
