package io.planscope.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One step of a diff. Concatenating the {@code text} of every equal and delete op gives A exactly; concatenating
 * every insert op's {@code text} and every equal op's {@link #textB} (when present, else its {@code text}) gives B.
 *
 * @param textB only on an equal op whose two sides differ in script or width (diffs that ignore those): B's wording
 */
public record Op(Type op, String text, @JsonInclude(JsonInclude.Include.NON_NULL) String textB) {
  /** What the op does to A. */
  public enum Type {
    EQUAL,
    DELETE,
    INSERT;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static Op equal(String a, String b) {
    return new Op(Type.EQUAL, a, a.equals(b) ? null : b);
  }

  static Op delete(String a) {
    return new Op(Type.DELETE, a, null);
  }

  static Op insert(String b) {
    return new Op(Type.INSERT, b, null);
  }

  /** This op's part of A ("" for an insert). */
  public String aText() {
    return op == Type.INSERT ? "" : text;
  }

  /** This op's part of B ("" for a delete). */
  public String bText() {
    if (op == Type.DELETE) return "";
    return textB != null ? textB : text;
  }
}
