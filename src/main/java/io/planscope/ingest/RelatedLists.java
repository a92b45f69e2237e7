package io.planscope.ingest;

import java.util.regex.Pattern;

/**
 * Headers of the title lists that portals, news sites, document sites and WeChat reposts put around an article, beyond
 * those {@link Boilerplate} already knows: "相关新闻", "相关信息", "往期推荐", "精彩回顾", "热门文档", "该用户其他文档",
 * "点击排行", "本栏目最新", "您可能感兴趣", "精选范文", "猜你想看". Under such a header come short titles of other pages, which would
 * otherwise become the body of the plan's last item. The header is a short line of its own, perhaps with a bullet, a
 * colon or "更多>>"; a numbered heading ("四、相关文件") is never one.
 */
final class RelatedLists {
  private static final int MAX = 24;
  private static final Pattern HEADER =
      Pattern.compile(
          "^[-•·\\s]*[【\\[]?\\s*(相关新闻|相关信息|相关报道|相关稿件|相关政策|相关下载|往期推荐|往期回顾|往期精选|精彩回顾|推荐文档|"
              + "相似文档|热门文档|最新文档|该(用户|作者)(的)?其他文档|猜您喜欢|您可能(也)?感兴趣|同类文章|同类推荐|本栏目最新|栏目最新|"
              + "最新资讯|热点新闻|热门资讯|点击排行|阅读排行|热门排行|下载排行|本周热点|图片新闻|"
              // "精选范文", "热门范文", "更多推荐", "猜你想看", "大家在看", "相关热搜", "你可能还需要" — a farm's lists
              + "(精选|热门|最新|推荐|相关|同类|优秀)(范文|文档|专题)|更多(推荐|精彩|相关)|猜你(想看|想搜|爱看)|大家(在看|都在看|都在搜|还看了)|"
              + "相关(热搜|知识|资料推荐)|本周(热门|推荐)|今日(热门|推荐)|(你|您)(可能)?还(需要|喜欢|想看)|推荐专题)"
              + "\\s*[】\\]]?\\s*(>>|》》|»|更多>*)?\\s*[:：]?$");

  private RelatedLists() {}

  /** A line that opens a list of other pages' titles. */
  static boolean isHeader(String norm) {
    return norm.length() <= MAX && HEADER.matcher(norm).find();
  }
}
