package io.planscope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable ids. A plan's id is "p" + the first 12 hex chars of SHA-256 over its body text, normalized (traditional
 * folded to simplified, full width to ASCII) with every space and punctuation mark removed: the same plan on a
 * second site, in a traditional mirror or re-wrapped by another CMS gets the same id. The title is left out, since
 * sites dress it differently ("_XX网", 【篇一】).
 */
final class PlanIds {
  private PlanIds() {}

  static String planId(List<Line> body) {
    StringBuilder sb = new StringBuilder();
    for (Line line : body) {
      String n = line.norm();
      for (int i = 0; i < n.length(); i++) {
        char c = n.charAt(i);
        if (Character.isLetterOrDigit(c)) sb.append(c);
      }
    }
    return "p" + sha256Hex(sb.toString()).substring(0, 12);
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  // Looking up a digest in the providers costs more than hashing a plan; a clone of one found once does not.
  private static final MessageDigest SHA_256 = lookUp();

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return lookUp(); // a provider whose digest cannot be cloned: look it up each time
    }
  }
}
