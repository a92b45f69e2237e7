package io.planscope.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Plan ids kept across a re-parse ({@value #FILE} in the store): a plan's id is the hash of its text, so when newer
 * rules change the text of a plan that is recognisably the same, the plan keeps its old id and the new hash is
 * recorded here as an alias of it. A later import of another copy of that plan (a mirror, a traditional-script page),
 * parsed to the new hash, then joins the kept plan instead of becoming a second one. An alias whose kept plan is gone
 * is ignored. Written atomically; thread-safe.
 */
public final class PlanAliases {
  static final String FILE = "plan-aliases.json";
  private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

  private final Path file;
  private final Map<String, String> keptIds = new ConcurrentHashMap<>();

  private PlanAliases(Path file) {
    this.file = file;
  }

  /** Reads the aliases of the store at {@code root} (none when the file does not exist). */
  static PlanAliases load(Path root) throws IOException {
    PlanAliases aliases = new PlanAliases(root.resolve(FILE));
    if (Files.isRegularFile(aliases.file)) {
      aliases.keptIds.putAll(DocumentStore.JSON.readValue(aliases.file.toFile(), MAP));
    }
    return aliases;
  }

  /** The id kept for plans whose text hashes to {@code contentId}, if a re-parse recorded one. */
  public Optional<String> keptId(String contentId) {
    return Optional.ofNullable(keptIds.get(contentId));
  }

  /** The plans, each whose text hash has a kept id that {@code held} (by a document) under that id. */
  List<Plan> withKeptIds(List<Plan> plans, Predicate<String> held) {
    if (keptIds.isEmpty()) return plans;
    return plans.stream().map(plan -> keptId(plan.id()).filter(held).map(plan::withId).orElse(plan)).toList();
  }

  /** Records content id → kept id pairs durably (before the plans under the kept ids are written). */
  synchronized void record(Map<String, String> more) throws IOException {
    Map<String, String> all = new TreeMap<>(keptIds);
    more.forEach((contentId, kept) -> {
      if (!contentId.equals(kept)) all.put(contentId, kept);
    });
    if (all.equals(new TreeMap<>(keptIds))) return;
    AtomicFiles.write(file, DocumentStore.JSON.writeValueAsBytes(all));
    keptIds.putAll(all);
  }
}
