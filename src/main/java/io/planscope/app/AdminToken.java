package io.planscope.app;

import io.planscope.corpus.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin token every write needs ({@code Authorization: Bearer TOKEN}). It comes from {@code PLANSCOPE_TOKEN};
 * otherwise from {@code DATA/admin.token}, which the first start generates (32 random bytes as hex, mode 0600). When
 * neither is possible (e.g. a read-only data directory) there is no token and writes are refused, never left open.
 *
 * @param where where the token comes from, for messages (never the token itself)
 * @param generated whether this start created the token file
 */
public record AdminToken(Optional<String> value, String where, boolean generated) {
  public static final String ENV = "PLANSCOPE_TOKEN";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** Resolves the token for a data directory from the environment, the token file, or a newly generated file. */
  public static AdminToken resolve(DataDir dataDir, Map<String, String> env) {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return new AdminToken(Optional.of(fromEnv.strip()), ENV, false);
    Path file = dataDir.tokenFile();
    try {
      if (Files.exists(file)) return fromFile(file);
      return generate(file);
    } catch (IOException e) {
      return new AdminToken(Optional.empty(), "nowhere (" + file + ": " + e.getMessage() + ")", false);
    }
  }

  /** No token: every write is refused. */
  public static AdminToken none(String why) {
    return new AdminToken(Optional.empty(), why, false);
  }

  private static AdminToken fromFile(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) throw new IOException("the file is empty; delete it to generate a new token");
    return new AdminToken(Optional.of(token), file.toString(), false);
  }

  private static AdminToken generate(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    // Created with owner-only permissions from the start, so the token is never readable by others.
    Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    Files.writeString(temp, token + "\n", StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    AtomicFiles.syncDirectory(file.getParent());
    return new AdminToken(Optional.of(token), file.toString(), true);
  }

  /** Whether writes are possible at all. */
  public boolean configured() {
    return value.isPresent();
  }

  /**
   * Whether a presented token is the admin token, in constant time: both sides are hashed first, so neither the
   * content nor the length leaks through timing.
   */
  public boolean matches(String presented) {
    if (value.isEmpty() || presented == null) return false;
    return MessageDigest.isEqual(sha256(value.get()), sha256(presented));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "AdminToken[" + (configured() ? "from " + where : "none: " + where) + "]";
  }
}
