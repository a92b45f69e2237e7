package io.planscope.ingest;

import java.util.regex.Pattern;

/**
 * The lines of a site's footer, one field to a line once the markup is gone: "主办单位：某某县人民政府办公室",
 * "承办：某某县教育局", "网站标识码：1234567890", "地址：某某路12号 邮编：123456", "电话：0123-1234567 传真：…",
 * "技术支持：某某公司", "邮箱：abc@example.com", "本站由某某公司提供技术支持". Government sites and portals end every
 * page with them, and when the page's last item has no full stop they used to become that item's body.
 *
 * <p>A field is read only at the start of a short line whose value holds no full stop, so a plan's sentence about an
 * address or a telephone hotline stays. A notice's own contact line ("联系人：某某，电话：…") is not a measure either,
 * so it goes too.
 */
final class SiteFooter {
  static final String REASON = "site footer (主办, 地址, 电话)";
  private static final int MAX = 80;

  private static final Pattern FIELD =
      Pattern.compile(
          "^[-•·\\s]*(主办单位|承办单位|协办单位|主办|承办|协办|运维单位|维护单位|网站维护|运维保障|技术支持|技术服务|"
              + "政府网站标识码|网站标识码|标识码|网站备案号|备案号|ICP备案号?|邮编|邮政编码|传真|E-?mail|e-?mail|邮箱|联系邮箱|电子邮箱|"
              + "联系电话|咨询电话|服务电话|办公电话|电话|联系地址|办公地址|通讯地址|地址)\\s*([:：]|\\s+\\d)");
  // "联系人：某某 电话：0123-…" — a contact line with a number
  private static final Pattern CONTACT = Pattern.compile("^[-•·\\s]*联系人\\s*[:：].{0,20}(电话|手机|邮箱|QQ|Tel|tel)");
  // "本站由某某公司提供技术支持", "网站建设：某某"
  private static final Pattern BUILT_BY = Pattern.compile("^(本站|本网站|网站)由.{0,20}(技术支持|承建|建设|维护)|^网站(建设|设计|制作)\\s*[:：]");

  private SiteFooter() {}

  /** Why a normalized line is a footer line, or null. */
  static String reason(String norm) {
    if (norm.length() > MAX || norm.indexOf('。') >= 0) return null;
    if (FIELD.matcher(norm).lookingAt() || CONTACT.matcher(norm).lookingAt() || BUILT_BY.matcher(norm).lookingAt()) return REASON;
    return null;
  }
}
