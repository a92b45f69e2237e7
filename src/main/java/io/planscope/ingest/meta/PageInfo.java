package io.planscope.ingest.meta;

import java.util.regex.Pattern;

/**
 * A page's info line, never a title: "时间:2099-10-24", "• 2099-04-10 发布", "来源:某某教育局 发布时间:2099年3月1日",
 * "作者:佚名 浏览次数:128", "时间:2099-04-05 工作计划 我要投稿". A title never opens with such a label, nor carries a
 * full date.
 */
public final class PageInfo {
  private static final Pattern DATE_OR_BUTTON = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|我要投稿");
  private static final Pattern LABEL =
      Pattern.compile(
          "^[•·\\-\\s]*(?:发布|更新|上传|成文|发文)?(?:时间|日期)\\s*[:：]"
              + "|^[•·\\-\\s]*(?:信息|文章|稿件)?来源\\s*[:：]|^[•·\\-\\s]*(?:作者|发布者|发布人|责任编辑|编辑|浏览次数|点击数|阅读量|栏目|分类)\\s*[:：]");

  private PageInfo() {}

  /** Whether a normalized line is a page's info line rather than a title. */
  public static boolean is(String norm) {
    return DATE_OR_BUTTON.matcher(norm).find() || LABEL.matcher(norm).find();
  }
}
