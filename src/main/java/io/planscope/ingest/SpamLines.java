package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advertising injected into hijacked or scraped pages: gambling and betting sites ("某某体育app下载官网入口",
 * "某某国际站登录", "某某棋牌下载", "某某娱乐平台注册") and adult-site keywords, a short line each, often at the top of
 * a school's or a bureau's mirrored page. The words are those of the ads, never of an education plan: "体育" or
 * "国际" alone never match, only glued to "官网", "登录", "入口", "app" and the like. A longer line of ads run together
 * with commas needs two of them.
 */
final class SpamLines {
  static final String REASON = "injected spam (棋牌, 官网入口)";
  private static final int MAX = 40;

  private static final Pattern SPAM =
      Pattern.compile(
          "棋牌\\s*(?i:下载|app|游戏|官网|平台)|彩票\\s*(?i:app|官网|平台|注册|下载|网)|博彩|赌场|百家乐|老虎机|真人娱乐|娱乐(场|城|平台|官网|网址|注册|登录)|国际站|"
              + "(体育|娱乐|国际|平台|电竞)\\s*(?i:app|官网|官方网站|登录|入口|注册|下载)|官网(登录|入口|下载|注册|首页)|"
              + "(?i:app)\\s*下载(官网|入口|安装)|威尼斯人|新葡京|太阳城|皇冠体育|(?i:betway|bet365)|"
              + "精品国产|国产精品|精产国品|无码|久久(精品|热|爱|国产)|亚洲(精品|无码|日韩|(?i:av))|午夜(福利|影院)|(?i:av)\\s*(专区|在线)");
  /** A run of ads, comma after comma ("某某影院,某某入口网站,某某在线观看"): longer, but two hits at least. */
  private static final int RUN_MAX = 120;
  private static final int RUN_HITS = 2;

  /** A char every ad above holds ("棋" of 棋牌, "官" of 官网, "p" of app…): a line with none skips the regex. */
  private static final String TRIGGERS = "棋彩博赌百老真娱际站官pP威葡阳冠bB精码久洲夜竞育台aA";

  private SpamLines() {}

  /** Why a normalized line is injected spam, or null. */
  static String reason(String norm) {
    if (norm.length() > RUN_MAX || norm.indexOf('。') >= 0 || !hasTrigger(norm)) return null;
    Matcher m = SPAM.matcher(norm);
    if (norm.length() <= MAX) return m.find() ? REASON : null;
    int hits = 0;
    while (hits < RUN_HITS && m.find()) hits++;
    return hits >= RUN_HITS ? REASON : null;
  }

  private static boolean hasTrigger(String norm) {
    for (int i = 0; i < norm.length(); i++) if (TRIGGERS.indexOf(norm.charAt(i)) >= 0) return true;
    return false;
  }
}
