package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cheap guards on the static front end that need no browser: size budget, no HTML sinks, imports resolve. */
class FrontEndFilesTest {
  private static final long BUDGET_BYTES = 150 * 1024;
  // Document text is untrusted: no view may hand a string to the HTML parser.
  private static final Pattern HTML_SINK =
      Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser|eval\\(|new Function");
  private static final Pattern IMPORT = Pattern.compile("from '(\\.[^']+)'");

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(DataDir.webRoot())) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void wholeFrontEndStaysUnder150Kilobytes() throws IOException {
    long total = 0;
    for (Path f : files()) total += Files.size(f);
    assertTrue(total < BUDGET_BYTES, "web/ holds " + total + " bytes; the budget is " + BUDGET_BYTES);
  }

  @Test
  void noScriptParsesStringsAsHtml() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path f : files()) {
      if (!f.toString().endsWith(".js")) continue;
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (HTML_SINK.matcher(lines.get(i)).find()) offenders.add(f.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
      }
    }
    assertTrue(offenders.isEmpty(), "HTML sinks in the front end: " + offenders);
  }

  @Test
  void indexPreloadsEveryModule() throws IOException {
    Path root = DataDir.webRoot();
    String index = Files.readString(root.resolve("index.html"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Path f : files()) {
      String rel = root.relativize(f).toString().replace('\\', '/');
      if (rel.endsWith(".js") && !rel.equals("js/app.js") && !index.contains("href=\"" + rel + "\"")) missing.add(rel);
    }
    assertTrue(missing.isEmpty(), "add <link rel=\"modulepreload\"> to index.html for " + missing);
  }

  @Test
  void everyRelativeImportPointsAtAFile() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path f : files()) {
      if (!f.toString().endsWith(".js")) continue;
      Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!Files.isRegularFile(f.getParent().resolve(m.group(1)).normalize())) missing.add(f.getFileName() + " -> " + m.group(1));
      }
    }
    assertTrue(missing.isEmpty(), "imports without a file: " + missing);
  }
}
