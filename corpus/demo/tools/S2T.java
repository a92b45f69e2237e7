import com.ibm.icu.text.Transliterator;
import io.planscope.text.Fold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Simplified to traditional for the demo's mirror pages: ICU's Simplified-Traditional, then every char whose
 * fold back (io.planscope.text.Fold.toSimplified) would not give the original char is kept simplified, so a
 * mirror folds to exactly the text of its simplified plan. Input and output: UTF-8 strings separated by NUL.
 */
public class S2T {
  public static void main(String[] args) throws IOException {
    String in = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    StringBuilder out = new StringBuilder();
    for (String s : in.split("\u0000", -1)) {
      out.append(convert(s2t, s)).append('\u0000');
    }
    out.setLength(out.length() - 1);
    System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }

  static String convert(Transliterator s2t, String s) {
    String t = s2t.transliterate(s);
    char[] c;
    if (t.length() == s.length()) {
      c = t.toCharArray();
    } else {
      c = s.toCharArray();
      for (int i = 0; i < c.length; i++) {
        String one = s2t.transliterate(String.valueOf(c[i]));
        if (one.length() == 1) c[i] = one.charAt(0);
      }
    }
    for (int round = 0; round < 6; round++) {
      String back = Fold.toSimplified(new String(c));
      boolean changed = false;
      for (int i = 0; i < c.length; i++) {
        if (back.charAt(i) != s.charAt(i) && c[i] != s.charAt(i)) {
          c[i] = s.charAt(i);
          changed = true;
        }
      }
      if (!changed) break;
    }
    String result = new String(c);
    if (!Fold.toSimplified(result).equals(s)) throw new IllegalStateException("does not fold back: " + s.substring(0, Math.min(40, s.length())));
    return result;
  }
}
