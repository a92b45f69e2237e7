package io.planscope.cli;

import io.planscope.source.IngestException;
import io.planscope.ingest.Ingestor;
import io.planscope.ingest.OutlineText;
import io.planscope.ingest.ParseResult;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ./planscope parse FILE... [--json | --explain]}: parses files and prints plans; stores nothing. */
final class ParseCommand implements Command {
  @Override
  public String name() {
    return "parse";
  }

  @Override
  public String summary() {
    return "parse pages into plans and print them (stores nothing)";
  }

  @Override
  public String usage() {
    return "FILE...";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag("json", "print {\"plans\":[…]} as JSON (the default)"),
        Option.flag(
            "explain",
            "print a readable outline: metadata, the tree, removed lines with reasons, lines outside the main content"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    List<String> files = args.positionals(1, Integer.MAX_VALUE, "FILE (" + SourceFormat.dotted(SourceFormat.documents()) + ")");
    if (args.has("json") && args.has("explain")) throw Args.usage(name(), "choose one of --json and --explain");
    Ingestor ingestor = new Ingestor();
    List<ParseResult> results = new ArrayList<>();
    int failed = 0;
    for (String file : files) {
      try {
        ParseResult result = ingestor.parse(read(Path.of(file)));
        results.add(result);
        if (args.has("explain")) out.print(OutlineText.explain(result));
      } catch (IngestException e) {
        err.println("planscope parse: " + e.getMessage());
        failed++;
      }
    }
    if (!args.has("explain") && !results.isEmpty()) out.println(json(results));
    return failed == 0 ? 0 : 1;
  }

  private static SourceDocument read(Path path) throws java.io.IOException {
    if (Files.isDirectory(path)) {
      throw new IngestException(
          IngestException.Reason.UNSUPPORTED_TYPE, "'" + path + "' is a directory; give files (import takes directories)");
    }
    byte[] bytes = Files.readAllBytes(path);
    return new SourceDocument(bytes, path.getFileName().toString(), path.toString(), null, Instant.now());
  }

  /** {"plans":[…],"removed":[{file,text,reason}],"warnings":[…]}. */
  static String json(List<ParseResult> results) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    List<Object> plans = new ArrayList<>();
    List<Object> removed = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseResult r : results) {
      plans.addAll(r.plans());
      for (var line : r.removed()) removed.add(Map.of("file", r.filename(), "text", line.text(), "reason", line.reason()));
      for (String w : r.warnings()) warnings.add(r.filename() + ": " + w);
    }
    body.put("plans", plans);
    body.put("removed", removed);
    body.put("warnings", warnings);
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
  }
}
