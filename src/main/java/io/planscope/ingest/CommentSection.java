package io.planscope.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's comment section: a header ("网友评论", "发表评论", "全部评论(2)") and the readers' short comments below it
 * ("匿名用户:写得很好,学习了!", "2099-03-01 10:20 回复"). The comments would otherwise become the text of the plan's last
 * item. The section ends at a numbered line, a long paragraph or a plan's title: a comment widget above the article
 * never takes the article.
 */
final class CommentSection {
  private static final Pattern HEADER =
      Pattern.compile("^[-•·\\s]*[【\\[]?\\s*(网友评论|发表评论|用户评论|评论列表|全部评论|最新评论|热门评论|文章评论|精彩评论|评论区|网友留言|留言板|读者留言)"
          + "\\s*[】\\]]?\\s*(\\(\\d+\\))?\\s*[:：]?$");
  private static final int HEADER_MAX = 16;
  private static final int COMMENT_MAX = 120;

  private CommentSection() {}

  /** A line that opens a comment section. */
  static boolean isHeader(String norm) {
    return norm.length() <= HEADER_MAX && HEADER.matcher(norm).find();
  }

  /** The end (exclusive) of the section whose header is at i. */
  static int end(List<Line> lines, int i) {
    int j = i + 1;
    while (j < lines.size() && isComment(lines.get(j))) j++;
    return j;
  }

  private static boolean isComment(Line line) {
    return line.length() <= COMMENT_MAX && Marker.parse(line.norm()) == null && !SplitMarkers.isPlanMarker(line)
        && !TitleLines.isTitleLike(line);
  }
}
