package io.planscope.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines in which the site speaks, not the plan: a content farm addressing its reader ("下面是小编为大家整理的…，供大家
 * 参考。"), a watermark inside the text ("---本文来源于网络，仅供参考，勿照抄---"), a social-media handle ("…官方抖音号"),
 * a government page's widgets ("字号：[大 中 小]", "视力保护色：", "【打印】 【关闭】") and its article-attribute block
 * ("【制定机关】某市教育局", "索 引 号：…"). Each test reads the normalized line and is cheap: plain substring checks
 * first, a regex only where a line already looks suspicious.
 *
 * <p>How to add a phrase: a phrase no plan ever uses goes to {@link #FARM_STRONG}; a phrase a plan might use once
 * (second person, "以下是") goes to {@link #FARM_WEAK}, where two are needed.
 */
final class SiteVoice {
  /** Phrases only a site uses about itself or to its reader: one is enough. */
  static final List<String> FARM_STRONG =
      List.of(
          "小编", "范文", "本站", "本网站", "网友上传", "用户上传", "供大家参考", "供您参考", "供你参考", "仅供参考",
          "以供参考", "以资借鉴", "供大家借鉴", "欢迎阅读", "欢迎参考", "欢迎借鉴", "欢迎收藏", "欢迎大家阅读",
          "希望对你", "希望对您", "希望对大家", "希望能帮助", "希望能够帮助", "希望可以帮助", "希望能帮到", "帮助到大家",
          "帮助到你", "帮助到您", "对你有所帮助", "对您有所帮助", "对你有帮助", "对您有帮助", "勿照抄", "来源于网络",
          "来源于网友", "转载自网络", "还可以找到更多", "更多相关", "精心为", "精心整理", "精心准备", "精心收集",
          "精心推荐", "精心挑选", "精选了", "为大家带来", "为您带来", "为你带来", "为大家分享", "分享给大家",
          "为大家收集", "为大家整理", "为你整理", "为您整理", "一起来看看", "快来看看", "或许能为你", "或许能给你",
          "原创文章", "咨询客服", "不代表本站", "有需要的朋友", "的朋友可以", "想了解更多", "点击下载", "免费下载",
          "下载全文", "全文下载", "文档下载", "在线阅读", "在线预览", "搜索更多", "本文档", "还剩", "免费阅读",
          "文档简介", "以稿换稿", "加入会员", "用户评论", "评论仅代表", "收益归属", "内容提供方", "举报或认领",
          "分享文档", "欢迎访问", "欢迎来到", "您好", "网友整理", "整理分享", "喜欢就分享", "供大家学习", "供学习参考",
          "仅供学习", "请先下载", "本文稿", "完整阅读", "此处隐藏", "下载后查看", "推荐度", "Your content", "@所有人", "加入我们", "会员群", "网站客服", "一起来看",
          "↓↓", "全文来了", "评论功能", "维基", "登录网站", "加入清单",
          // a document site's preview wall: "预览阅读已结束,若您需要全文…", "到这儿已超出免费预览范围"
          "预览阅读已结束", "预览已结束", "免费预览", "预览范围", "代笔",
          // "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!"
          "预览完了", "就下载吧", "文档总共",
          // a hijacked page's spam banner: "某某全站app官网入口-某某官网登录入口"
          "官网入口", "官网登录");
  /** Phrases a plan may use alone but a farm intro piles up: two are needed. */
  static final List<String> FARM_WEAK =
      List.of("以下是", "下面是", "以下为", "为大家", "为你", "为您", "你", "您", "一起来", "模板", "范例", "例文",
          "怎么写", "如何写", "如何才能", "大全", "合集", "精选",
          // a seller's call: "请点击👉 某某 👈联系老师"
          "👉", "👈", "请点击", "联系老师");

  // "某某教育官方抖音号", "公文写作材料助手：abc123" — a short line that is a handle
  private static final Pattern HANDLE =
      Pattern.compile("(抖音号|公众号|视频号|微信号|快手号|头条号|小红书号?|微博|材料助手|写作助手|小助手|官方账号)\\s*[:：]?\\s*[\\w\\p{IsHan}-]{0,20}\\s*$");
  private static final int HANDLE_MAX = 40;

  /** The words of a government page's widget line; a line made of nothing else is the widget. */
  static final List<String> WIDGET_WORDS =
      List.of(
          "视力保护色", "护眼模式", "关闭窗口", "打印本页", "打印此页", "打印文章", "打印正文", "加入收藏", "收藏本页",
          "扫一扫在手机打开当前页", "在手机上打开", "手机打开", "分享到", "字体", "字号", "背景色", "默认", "打印", "关闭",
          "收藏", "分享", "纠错", "保存", "返回", "顶部", "微信", "微博", "编辑", "下载", "相关", "举报", "大", "中", "小",
          // "正文复制": a farm's copy button over the text
          "正文", "复制");
  private static final String WIDGET_FILLER = " []【】()<>:：|/／、,，·•+";
  private static final int WIDGET_MAX = 40;

  /** The fields of an article-attribute block ("【制定机关】", "索 引 号：", "主题分类："). */
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "[•·\\-\\s]*[\\[【(]?\\s*(公文)?(文章属性|制定机关|发文机关|发布机关|发布机构|发文单位|成文单位|效力等级|效力级别|时效性|有效性|"
              + "主题分类|主题词|体裁分类|组配分类|信息分类|服务对象分类|公文种类|发文字号|文\\s*号|索\\s*引\\s*号|"
              + "发布日期|成文日期|发文日期|生成日期|实施日期|施行日期|废止日期|公开方式|公开范围|公开形式|所属机构|所属主题|"
              + "公布日期|公布时间|印发时间|印发日期|印发机关|中文名|外文名|基本介绍|基本信息|文件编号|"
              + "信息名称|内容概述|关\\s*键\\s*词)\\s*[\\]】)]?\\s*([:：]|$|(?<=[\\]】)]))");
  private static final int ATTRIBUTE_MAX = 120;

  // "大小:20.81KB", "页数:8页", "格式:DOCX", "ID:1356259", "内容预览:"
  private static final Pattern DOCUMENT_INFO =
      Pattern.compile(
          "^[-•·\\s]*(大小|文件大小|文档大小|页数|格式|文档格式|ID|下载次数|浏览次数|浏览量|访问量|上传时间|上传日期|上传者|上传人|"
              + "贡献者|文档编号|资源描述|资源简介|文档简介|文档介绍|内容预览|汇报人|主讲人)\\s*([:：]|$)");

  private static final int DOCUMENT_INFO_MAX = 120;

  // "新高考网", "秘书文库--青年干部", "公文汇,办公文档之家" — a site's name (and its category) on a line of its own
  private static final Pattern SITE_NAME =
      Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{1,8}(?:[,，、]\\s*[\\p{IsHan}A-Za-z0-9]{1,8})?(网|文库|之家)(?:\\s*[-—–|_]+\\s*[\\p{IsHan}]{2,8})?$");
  // what a plan calls a network: "校园网", "教育城域网", "互联网" are never a site's name
  private static final Pattern NETWORK = Pattern.compile("(互联|联|域|园|带|务|专|内|外|电|信息|管|路|光|天)网");
  private static final int SITE_NAME_MAX = 24;

  private SiteVoice() {}

  /** A line that is only a site's name, perhaps with its category: "新高考网", "秘书文库--青年干部". */
  static boolean isSiteName(String norm) {
    String n = norm.strip();
    if (n.length() > SITE_NAME_MAX) return false;
    Matcher m = SITE_NAME.matcher(n);
    return m.matches() && !NETWORK.matcher(n.substring(0, m.end(1))).find();
  }

  /** A document site's file card line: "大小:20.81KB", "页数:8页". */
  static boolean isDocumentInfo(String norm) {
    return norm.length() <= DOCUMENT_INFO_MAX && DOCUMENT_INFO.matcher(norm).lookingAt();
  }


  /** A content farm's intro, outro or watermark: one strong phrase, or two weak ones. */
  static boolean isFarmTalk(String norm) {
    if (isStrongFarmTalk(norm)) return true;
    int weak = 0;
    for (String p : FARM_WEAK) {
      if (norm.contains(p) && ++weak >= 2) return true;
    }
    return false;
  }

  /** The strong phrases by their first char: one pass over a line finds them all. */
  private static final java.util.Map<Character, List<String>> STRONG_BY_FIRST = byFirstChar(FARM_STRONG);

  private static java.util.Map<Character, List<String>> byFirstChar(List<String> phrases) {
    java.util.Map<Character, List<String>> map = new java.util.HashMap<>();
    for (String p : phrases) map.computeIfAbsent(p.charAt(0), c -> new java.util.ArrayList<>()).add(p);
    return java.util.Map.copyOf(map);
  }

  /**
   * What a site says in a numbered line of its own ("1. 本文稿内容较多，请先下载后再完整阅读", "4. 网站客服QQ:…"): only
   * phrases about the document and the site, so a plan's numbered heading with a site name glued on stays.
   */
  private static final List<String> NUMBERED_SITE_TALK =
      List.of("请先下载", "本文稿", "完整阅读", "本文档", "网站客服", "下载后查看", "此处隐藏", "用户上传", "网友上传", "小编",
          "付费", "免费下载",
          // a library's numbered terms of sale: "5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。"
          "VIP文档", "VIP会员", "成为VIP", "下载权益",
          // a document site's card glued after a title that ends in a number: "…(一).doc》由会员分享,可在线阅读,更多相关…"
          "由会员分享", "可在线阅读");

  /** A numbered line that is the site's, not the plan's. */
  static boolean isNumberedSiteTalk(String norm) {
    for (String p : NUMBERED_SITE_TALK) if (norm.contains(p)) return true;
    return false;
  }

  /** A line with a phrase only a site uses. */
  static boolean isStrongFarmTalk(String norm) {
    for (int i = 0; i < norm.length(); i++) {
      List<String> here = STRONG_BY_FIRST.get(norm.charAt(i));
      if (here == null) continue;
      for (String p : here) if (norm.startsWith(p, i)) return true;
    }
    return false;
  }

  /** A social-media handle or a "materials assistant" shop line. */
  static boolean isHandle(String norm) {
    return norm.length() <= HANDLE_MAX && HANDLE.matcher(norm).find();
  }

  /** A widget line: "字号：[大 中 小]", "【打印本页】 【关闭窗口】", "视力保护色：". */
  static boolean isWidget(String norm) {
    if (norm.length() > WIDGET_MAX) return false;
    String rest = norm;
    for (String w : WIDGET_WORDS) rest = rest.replace(w, " ");
    if (rest.equals(norm)) return false; // no widget word at all (a blank line, "【】")
    for (int i = 0; i < rest.length(); i++) {
      if (WIDGET_FILLER.indexOf(rest.charAt(i)) < 0 && !Character.isWhitespace(rest.charAt(i))) return false;
    }
    return true;
  }

  /** A field of an article-attribute block: "【制定机关】某市教育局", "索 引 号：000-2024-001", "文章属性". */
  static boolean isAttribute(String norm) {
    return norm.length() <= ATTRIBUTE_MAX && ATTRIBUTE.matcher(norm).lookingAt();
  }
}
