package io.planscope.search;

import io.planscope.plan.Region;
import java.util.List;

/**
 * One measure found. {@code text} is the original wording; {@code snippet} is HTML-escaped with {@code <mark>}
 * around the matches and nothing else unescaped; {@code matched} lists the original wording of each match (why it
 * matched). {@code original} links the stored original document, {@code source} is where it was found.
 * {@code lead}, {@code partners} and {@code deadline} are the measure's (see {@link io.planscope.plan.Measure}).
 * {@code matchedIn} says where the query was found: any of "title", "heading" (a heading above the measure has
 * its wording) and "text" (the snippet has marks); empty when only filters matched. {@code headingSnippet} and
 * {@code titleSnippet} are the matching heading and the title marked like {@code snippet}, or null. {@code issuer}
 * is the issuing body's name ({@link io.planscope.plan.Issuer}) and {@code published} the plan's publish date, or
 * null.
 */
public record Hit(
    String measureId,
    String planId,
    String title,
    String text,
    String snippet,
    Region region,
    Integer year,
    String level,
    String sectionType,
    List<String> topics,
    List<String> path,
    Float score,
    String source,
    String original,
    String kind,
    String bureau,
    String label,
    List<String> matched,
    List<String> lead,
    List<String> partners,
    String deadline,
    List<String> matchedIn,
    String headingSnippet,
    String titleSnippet,
    String issuer,
    String published) {
  public Hit {
    topics = List.copyOf(topics);
    lead = List.copyOf(lead);
    partners = List.copyOf(partners);
    path = List.copyOf(path);
    matched = List.copyOf(matched);
    matchedIn = List.copyOf(matchedIn);
  }
}
