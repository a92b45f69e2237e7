package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    return Main.run(
        argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommand() {
    assertEquals(0, run("--help"));
    for (Command c : Main.COMMANDS) assertTrue(out().contains("  " + c.name() + " "), c.name());
  }

  @Test
  void commandHelpListsItsOptions() {
    assertEquals(0, run("serve", "--help"));
    assertTrue(out().contains("--port PORT"), out());
    assertTrue(out().contains("--data DIR"), out());
  }

  @Test
  void unknownCommandExitsTwoWithOneLineNamingIt() {
    assertEquals(2, run("frobnicate"));
    assertEquals("planscope: unknown command 'frobnicate'; run ./planscope --help for the list\n", err());
  }

  @Test
  void unknownOptionExitsTwoNamingItAndHelp() {
    assertEquals(2, run("serve", "--colour", "red"));
    assertTrue(err().contains("unknown option '--colour'"), err());
    assertTrue(err().contains("./planscope serve --help"), err());
    assertEquals(1, err().lines().count());
  }

  @Test
  void badPortIsAUsageError() {
    assertEquals(2, run("serve", "--port", "seventy"));
    assertTrue(err().contains("--port must be a whole number from 0 to 65535, not 'seventy'"), err());
  }

  @Test
  void trainRunsAStartAndEveryQueryClassOnTheDemoAndLeavesNothingBehind() throws Exception {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    java.util.function.Supplier<Long> leftovers = () -> {
      try (var s = java.nio.file.Files.list(tmp)) {
        return s.filter(p -> p.getFileName().toString().startsWith("planscope-train")).count();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    long before = leftovers.get();
    assertEquals(0, run("train"), err());
    assertEquals("planscope train: done\n", out());
    assertEquals(before, leftovers.get(), "its temporary data directory is removed");
  }
}
