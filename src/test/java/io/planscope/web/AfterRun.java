package io.planscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.json.Json;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** What the load benchmark checks once the load stops: heap and CPU come back, and nothing acknowledged is lost. */
final class AfterRun {
  private AfterRun() {}

  /** Collects until the used heap is under the limit or the time is up; prints the curve; returns the last use. */
  static long heapBackUnder(long limit, Duration within) throws InterruptedException {
    long t0 = System.nanoTime();
    long used = Long.MAX_VALUE;
    while (System.nanoTime() - t0 < within.toNanos()) {
      System.gc();
      used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf("  heap after %4.1f s: %d MB%n", (System.nanoTime() - t0) / 1e9, used >> 20);
      if (used < limit) return used;
      Thread.sleep(2_000);
    }
    return used;
  }

  /** Prints how much CPU the whole process used over a quiet period after the run (parses that went on would show). */
  static void printCpu(Duration quiet) throws InterruptedException {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Thread.sleep(quiet.toMillis());
    double share = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - t0);
    System.out.printf("  CPU in the %d s after the run: %.1f%% of one core%n", quiet.toSeconds(), share * 100);
  }

  /** The acknowledged uploads whose marker phrase finds nothing, after up to three tries (the index refreshes). */
  static List<Integer> notSearchable(UploadClient client, List<Integer> acknowledged, IntFunction<String> marker)
      throws Exception {
    List<Integer> missing = new ArrayList<>(acknowledged);
    for (int round = 0; round < 3 && !missing.isEmpty(); round++) {
      if (round > 0) Thread.sleep(3_000);
      List<Integer> still = new ArrayList<>();
      for (int n : missing) if (!found(client, marker.apply(n))) still.add(n);
      missing = still;
    }
    return missing;
  }

  private static boolean found(UploadClient client, String phrase) throws Exception {
    HttpResponse<String> r =
        client.get("/api/search?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8));
    if (r.statusCode() != 200) return false;
    JsonNode json = Json.MAPPER.readTree(r.body());
    return json.path("total").asLong() > 0;
  }
}
