package io.planscope.cite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planscope.json.Json;
import java.util.List;
import java.util.Locale;

/**
 * Citations written out: a line of text in the style of GB/T 7714 (electronic resource, [EB/OL]), RIS and CSL-JSON
 * (both read by Zotero, EndNote and Mendeley). One table of formats, so the API, the CLI and the web page offer the
 * same ones.
 */
public enum CitationFormats {
  TEXT("text", "text/plain; charset=utf-8", "txt"),
  RIS("ris", "application/x-research-info-systems; charset=utf-8", "ris"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "json");

  private final String id;
  private final String contentType;
  private final String extension;

  CitationFormats(String id, String contentType, String extension) {
    this.id = id;
    this.contentType = contentType;
    this.extension = extension;
  }

  public String id() {
    return id;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format by name; {@link IllegalArgumentException} naming the ones there are. */
  public static CitationFormats of(String name) {
    String n = name == null ? "text" : name.strip().toLowerCase(Locale.ROOT);
    for (CitationFormats f : values()) if (f.id.equals(n)) return f;
    throw new IllegalArgumentException("unknown citation format '" + name + "'; use text, ris or csl-json");
  }

  /** The citations in this format. */
  public String write(List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    switch (this) {
      case TEXT -> citations.forEach(c -> sb.append(text(c)).append('\n'));
      case RIS -> citations.forEach(c -> ris(c, sb));
      case CSL_JSON -> sb.append(cslJson(citations)).append('\n');
    }
    return sb.toString();
  }

  /**
   * 杭州市西湖区教育局. 杭州市西湖区教育局2023年工作计划[EB/OL]. (2023-02-14)[2024-05-01]. https://…. A measure adds
   * its place: "三、主要任务 › （二）". Without a web source the stored copy stands in, marked as such.
   */
  static String text(Citation c) {
    StringBuilder sb = new StringBuilder();
    if (c.issuer() != null) sb.append(c.issuer()).append(". ");
    sb.append(c.title()).append("[EB/OL]. ");
    if (c.published() != null || c.accessed() != null) {
      sb.append(c.published() == null ? "" : "(" + c.published() + ")");
      sb.append(c.accessed() == null ? "" : "[" + c.accessed() + "]").append(". ");
    } else if (c.year() != null) {
      sb.append("(").append(c.year()).append("). ");
    }
    sb.append(c.url() != null ? c.url() : c.archived() + " (PlanScope archived copy)");
    if (c.section() != null) sb.append(". ").append(c.section());
    return sb.toString();
  }

  private static void ris(Citation c, StringBuilder sb) {
    tag(sb, "TY", "GOVDOC");
    tag(sb, "TI", c.title());
    tag(sb, "AU", c.issuer());
    tag(sb, "PB", c.issuer());
    tag(sb, "PY", c.published() != null ? c.published().substring(0, 4) : c.year() == null ? null : "" + c.year());
    tag(sb, "DA", c.published() == null ? null : c.published().replace('-', '/'));
    tag(sb, "M3", c.kind());
    tag(sb, "UR", c.url() != null ? c.url() : c.archived());
    tag(sb, "Y2", c.accessed() == null ? null : c.accessed().replace('-', '/'));
    tag(sb, "N1", c.url() != null ? "PlanScope archived copy: " + c.archived() : "PlanScope archived copy");
    tag(sb, "SE", c.section());
    tag(sb, "AB", c.text());
    tag(sb, "ID", c.id());
    tag(sb, "LA", "zh-CN");
    sb.append("ER  - \r\n");
  }

  private static void tag(StringBuilder sb, String tag, String value) {
    if (value == null || value.isBlank()) return;
    sb.append(tag).append("  - ").append(value.replaceAll("\\s*[\\r\\n]+\\s*", " ")).append("\r\n");
  }

  private static String cslJson(List<Citation> citations) {
    ArrayNode items = Json.MAPPER.createArrayNode();
    for (Citation c : citations) {
      ObjectNode item = items.addObject();
      item.put("id", c.id());
      item.put("type", "document");
      item.put("title", c.title());
      if (c.issuer() != null) {
        item.putArray("author").addObject().put("literal", c.issuer());
        item.put("publisher", c.issuer());
      }
      ArrayNode issued = date(c.published(), c.year());
      if (issued != null) item.putObject("issued").set("date-parts", issued);
      ArrayNode accessed = date(c.accessed(), null);
      if (accessed != null) item.putObject("accessed").set("date-parts", accessed);
      item.put("URL", c.url() != null ? c.url() : c.archived());
      if (c.kind() != null) item.put("genre", c.kind());
      if (c.section() != null) item.put("section", c.section());
      item.put("note", "PlanScope archived copy: " + c.archived());
      item.put("language", "zh-CN");
    }
    return Json.write(items);
  }

  /** [[2023, 2, 14]] from 2023-02-14, [[2023]] from a year alone, null from nothing. */
  private static ArrayNode date(String iso, Integer year) {
    ArrayNode parts = Json.MAPPER.createArrayNode();
    ArrayNode one = parts.addArray();
    if (iso != null) {
      for (String p : iso.split("-")) one.add(Integer.parseInt(p));
    } else if (year != null) {
      one.add(year);
    } else {
      return null;
    }
    return parts;
  }
}
