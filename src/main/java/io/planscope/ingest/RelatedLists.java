package io.planscope.ingest;

import java.util.regex.Pattern;

/**
 * Headers of the title lists that portals, news sites, document sites and WeChat reposts put around an article, beyond
 * those {@link Boilerplate} already knows: "相关新闻", "相关信息", "往期推荐", "精彩回顾", "热门文档", "该用户其他文档",
 * "点击排行", "本栏目最新", "您可能感兴趣". Under such a header come short titles of other pages, which would
 * otherwise become the body of the plan's last item. The header is a short line of its own, perhaps with a bullet, a
 * colon or "更多>>"; a numbered heading ("四、相关文件") is never one.
 */
final class RelatedLists {
  private static final int MAX = 24;
  private static final Pattern HEADER =
      Pattern.compile(
          "^[-•·\\s]*[【\\[]?\\s*(相关新闻|相关信息|相关报道|相关稿件|相关政策|相关下载|往期推荐|往期回顾|往期精选|精彩回顾|推荐文档|"
              + "相似文档|热门文档|最新文档|该(用户|作者)(的)?其他文档|猜您喜欢|您可能(也)?感兴趣|同类文章|同类推荐|本栏目最新|栏目最新|"
              + "最新资讯|热点新闻|热门资讯|点击排行|阅读排行|热门排行|下载排行|本周热点|图片新闻)\\s*[】\\]]?\\s*(>>|》》|»|更多>*)?\\s*[:：]?$");

  private RelatedLists() {}

  /** A line that opens a list of other pages' titles. */
  static boolean isHeader(String norm) {
    return norm.length() <= MAX && HEADER.matcher(norm).find();
  }
}
