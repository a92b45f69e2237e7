package io.planscope.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real full and read-only disks for tests: a small tmpfs mounted on a temp directory (needs root with mount rights,
 * as in CI containers), or, for read-only as a normal user, permissions. Tests skip when neither works.
 */
public final class TestDisks implements AutoCloseable {
  private final Path dir;
  private final boolean mounted;

  private TestDisks(Path dir, boolean mounted) {
    this.dir = dir;
    this.mounted = mounted;
  }

  /** A tmpfs of the given size (e.g. "256k") on {@code dir}, or empty when mounting is not allowed here. */
  public static Optional<TestDisks> tmpfs(Path dir, String size) {
    try {
      Files.createDirectories(dir);
      boolean ok = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
      return ok ? Optional.of(new TestDisks(dir, true)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A directory that can later be made read-only: a tmpfs when possible, else permissions when not root. */
  public static Optional<TestDisks> readOnlyCapable(Path dir) {
    Optional<TestDisks> t = tmpfs(dir, "16m");
    if (t.isPresent()) return t;
    boolean root = "root".equals(System.getProperty("user.name"));
    return root ? Optional.empty() : Optional.of(new TestDisks(dir, false));
  }

  public Path dir() {
    return dir;
  }

  /** Makes everything under the directory unwritable (remount ro, or chmod a-w). */
  public void makeReadOnly() throws IOException {
    if (mounted) {
      if (!run("mount", "-o", "remount,ro", dir.toString())) throw new IOException("remount ro failed");
    } else {
      chmod("r-x------");
    }
  }

  /** Grows (or shrinks) a mounted tmpfs: "space is freed" for a test that filled it. */
  public void resize(String size) throws IOException {
    if (!mounted || !run("mount", "-o", "remount,size=" + size, dir.toString())) {
      throw new IOException("cannot resize " + dir + " to " + size);
    }
  }

  /** Undoes {@link #makeReadOnly}. */
  public void makeWritable() throws IOException {
    if (mounted) {
      if (!run("mount", "-o", "remount,rw", dir.toString())) throw new IOException("remount rw failed");
    } else {
      chmod("rwx------");
    }
  }

  private void chmod(String perms) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (mounted) {
      run("umount", "-l", dir.toString());
    } else {
      makeWritable();
    }
  }

  private static boolean run(String... command) throws IOException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    try {
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
