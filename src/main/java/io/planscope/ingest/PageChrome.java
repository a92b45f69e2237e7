package io.planscope.ingest;

import java.util.List;

/**
 * The short lines of a page's frame that the older rules ({@link Boilerplate}, {@link SiteVoice}) do not name, seen on
 * portals, government sites, forums, WeChat reposts and document sites: a line made only of the site's buttons and
 * links ("下载 | 预览 | 举报", "登录 注册", "楼主", "在看"), a publishing field ("发布者：admin", "初审：某某 复审：某某",
 * "所属分类：工作计划", "文/张三"), a length or reading-time note ("约6.39千字", "阅读时间约8分钟"), an upload stamp
 * ("2099-01-27 发布于四川"), a breadcrumb the older rule does not know ("您当前的位置：", "工作计划 > 正文"), a
 * comment or rating widget ("暂无评论", "我来说两句", "(共5人评分)"), a WeChat repost's calls ("点击上方蓝字关注我们",
 * "往期推荐"), a document site's prompts ("下载文档到电脑，方便使用", "该用户其他文档"), an anti-bot interstitial
 * ("正在进行安全检测...") and placeholders ("无标题文档", "图片1.png", "{{currentTime}}"). Footers and injected spam
 * are {@link SiteFooter} and {@link SpamLines}.
 *
 * <p>Every test is bounded: a line longer than {@link #MAX} chars is never chrome here, and the regexes have no nested
 * repetition. Numbered lines never reach these rules ({@link Boilerplate#lineReason} keeps them first).
 */
final class PageChrome {
  /** Longer lines are plan text (or another rule's business). */
  static final int MAX = 80;

  static final String BUTTONS = "site buttons (登录, 下载, 评论)";
  static final String FIELD = "page info (publisher, column, length)";
  static final String CRUMB = "breadcrumb";
  static final String COMMENTS = "comments widget";
  static final String REPOST = "repost chrome (关注, 往期推荐)";
  static final String PLACEHOLDER = "placeholder (无标题, file name)";

  // a field may stand after a list's bullet ("- 文档页数:3") or in a bracket ("【来源:本站】")
  private static final String OPEN = "^[-•·*\\s]*[\\[【(（]?\\s*";

  /**
   * The regex checks, run by {@link Boilerplate} after its own line rules and with their prefilter: each names its
   * needles, one of which a matching line holds, so a line with none skips the regex.
   */
  static final List<Boilerplate.Rule> RULES =
      List.of(
          // "发布者：admin", "初审：某某 复审：某某 终审：某某", "所属分类：工作计划", "采编：某某网；稿源：某某网"
          Boilerplate.rule(FIELD, OPEN + "(发布者|发布人|发布单位|发稿单位|发稿人|供稿单位|供稿人|撰文|撰稿人?|文字|摄影|图文|图片|监制|"
              + "初审|复审|终审|一审|二审|三审|采编|稿源|通讯员|记者|文章分类|所属分类|所属栏目|当前栏目|所在栏目|栏目分类|"
              + "文档分类|范文类型|Tags?|热度|人气|本文链接|原文链接|文章链接|本文地址|文章地址|IP属地|认证主体|内容提供方|"
              + "下载积分|所需下载券|功能介绍|微信号|文档页数|文档大小|文档格式)\\s*[:：]", 60, ": ：", ""),
          // "(责任编辑：某某)", "【编辑：某某】" — a page-info field in brackets
          Boilerplate.rule(FIELD, "^[\\[【(（]\\s*(责任编辑|编辑|作者|来源|审核|校对|供稿)\\s*[:：][^\\]】)）]{0,20}[\\]】)）]$", 30, ": ：", ""),
          // "文/张三", "编辑|李四", "图/某某", "审核 | 王五" — a byline with a slash
          Boilerplate.rule(FIELD, "^(文|图|编辑|责编|责任编辑|撰文|摄影|记者|通讯员|来源|审核|审校|校对|初审|复审|终审|排版|美编|供稿|作者)"
              + "\\s*[/|｜丨]\\s*[\\p{IsHan}A-Za-z·\\s]{1,12}$", 20, "/ | ｜ 丨", ""),
          // "约6.39千字", "共2568字", "全文约 2600 字，阅读约需 5 分钟", "阅读时间约8分钟"
          Boilerplate.rule(FIELD, OPEN + "(全文)?\\s*(约|共|大约)\\s*[\\d.,]+\\s*[千万]?\\s*字|阅读(时间|时长)?\\s*(约|大约)?需?\\s*[\\d.]+\\s*分钟", 40, "字 分钟", ""),
          // "2099-01-27 发布于四川", "2099-01-27上传", "发布于 2099-01-27"
          Boilerplate.rule(FIELD, "^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*[\\d:]*\\s*(上传|发布于|发表于|更新于)|^(发布|上传|发表|更新)于\\s*\\d{4}[-/.年]", 40, "于 上传", ""),
          // "法定主动公开分类：义务教育 公开方式：主动公开" — a government attribute row the older rule does not open with
          Boilerplate.rule(FIELD, "(公开方式|公开范围|公开形式|主动公开分类|公开日期|生成日期|废止日期|发布机构)\\s*[:：].{0,40}\\s(\\p{IsHan}{2,8})\\s*[:：]", 80, "公开 生成日期 废止日期 发布机构", ""),
          // "您当前的位置：", "当前的位置：首页", "所在位置：首页>工作计划", "位置：首页 > 范文"
          Boilerplate.rule(CRUMB, "^(您|你)?(当前|现在|目前)(所在|所处)?的?位置|^(您|你)(所在|所处)?的?位置|^所在位置|^位置\\s*[:：]\\s*(首页|主页|网站首页)", 80, "位置", ""),
          // "工作计划 > 正文", "政务公开 > 计划总结" — one arrow between two column names
          Boilerplate.rule(CRUMB, "^[\\p{IsHan}A-Za-z]{2,10}\\s*(>{1,2}|›|»)\\s*[\\p{IsHan}A-Za-z]{2,10}$", 24, "> › »", ""),
          // "暂无评论", "我来说两句", "已有0人参与", "0条评论", "(共5人评分)", "文章评分", "打分：★★★★★"
          Boilerplate.rule(COMMENTS, OPEN + "(暂无评论|请文明发言|文明上网|理性发言|我来说两句|发表(你|您)的(评论|看法)|查看评论|评论区|全部评论|最新评论|"
              + "已有\\d+人(参与|评论|评分)|共?\\d+条(评论|留言|回复)|(本文|文章)?评分|打分|共\\d+人(评分|参与|打分))", 40, "评 发言 文明 两句 参与 打分 留言 回复 看法", ""),
          // "点击上方蓝字关注我们", "戳上方蓝字关注", "长按识别二维码", "往期推荐", "点击阅读原文", "收录于合集 #工作要点 3个"
          Boilerplate.rule(REPOST, "点击上方.{0,4}(蓝字|关注)|点击蓝字|戳上方|长按(识别)?二维码|识别二维码|扫码关注|关注(微信)?公众号|往期(推荐|回顾|精选)|精彩回顾|点击阅读原文"
              + "|^收录于(合集|话题|专辑)", 40, "关注 蓝字 戳上方 二维码 往期 回顾 原文 收录于", ""),
          // "下载文档到电脑，方便使用", "该用户其他文档", "还没有账号？注册", "登录后可查看全文"
          Boilerplate.rule(BUTTONS, "下载文档到电脑|下载提示|下载文档前|文档评论|如要投诉|还没有账号|已有账号|登录后(可|即可)?(查看|下载|阅读)|"
              + "注册后(可|即可)?(查看|下载|阅读)|该(用户|作者)(的)?其他文档|此文档下载收益|禁止转载|严禁转载|未经(授权|许可).{0,6}(转载|复制|使用)|"
              + "仅代表作者|本文(为|系)原创", 60, "下载 文档 投诉 账号 登录 注册 转载 授权 许可 作者 原创", ""),
          // "上一条：某某通知", "下一主题" — the older rule knows 上一篇 and 下一页 only
          Boilerplate.rule(BUTTONS, "^(上一条|下一条|上一篇文章|下一篇文章|上一主题|下一主题|上一则|下一则)", 80, "上一 下一", ""),
          // "在APP中打开", "手机阅读本文", "下载某某客户端", "本帖最后由 admin 于 … 编辑", "原创 2099-01-01 某某教育"
          Boilerplate.rule(BUTTONS, "^在?(?i:app)(内|中)打开|手机(阅读|看|浏览)本文|^用手机(看|阅读|浏览)|^下载.{0,8}客户端$|^本帖最后由.{0,30}编辑"
              + "|^原创\\s+\\d{4}[-/.年]|全站(登录|入口|(?i:app))", 40, "app APP App 手机 客户端 本帖 原创 全站", ""),
          // "2099年01月01日 10:00" — a date with a time is a stamp, not a plan's signature date
          Boilerplate.rule(FIELD, "^\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}:\\d{2}(:\\d{2})?$", 24, ":", ""),
          // "分类：工作计划", "栏目：工作要点", "页码：1/5", "积分：5"
          Boilerplate.rule(FIELD, "^(分类|栏目|类别|类型)\\s*[:：]\\s*\\p{IsHan}{0,8}(计划|要点|总结|方案|范文|公文|新闻|动态|通知|公告|文件|资讯|报告|讲话|心得|文档)$"
              + "|^页码\\s*[:：]|^(下载)?积分\\s*[:：]\\s*\\d+$", 30, "分类 栏目 类别 类型 页码 积分", ""),
          // "本页共2页 当前第1页", "当前第3页/共8页" — a page counter the older rule does not open with
          Boilerplate.rule(BUTTONS, "^(本页|本文|全文)?共\\s*\\d+\\s*页\\s*[,，]?\\s*当前(第|为)\\s*\\d+\\s*页|^当前(第|为)\\s*\\d+\\s*页", 30, "页", ""),
          // "推荐分辨率1366*768"
          Boilerplate.rule(BUTTONS, "分辨率\\s*[:：]?\\s*\\d{3,4}\\s*[*×xX]\\s*\\d{3,4}", 60, "分辨率", ""),
          // "正在进行安全检测..." — an anti-bot page's words left above the text
          Boilerplate.rule(BUTTONS, "^(正在|请稍候|请稍等)[^。,，]{0,12}(检测|验证|加载|跳转|载入|处理)", 24, "正在 请稍", ""),
          // "稿子汇 www.example.com", "本文链接：http://…" — a site's name with its address
          Boilerplate.rule(BUTTONS, "^[^。，,；;]{0,16}(https?://|www\\.)[\\w./?=&%#-]+\\s*[^。，,；;]{0,16}$", 60, "www http", ""),
          // "无标题文档", "新建 Microsoft Word 文档", "图片1.png", "{{currentTime}}"
          Boilerplate.rule(PLACEHOLDER, "^(无标题文档|无标题|新建\\s*(Microsoft\\s*)?(Word|文本|DOCX?)\\s*文档)$|\\{\\{|\\$\\{|^[^。，,；;\\s]{1,40}\\.(?i:jpe?g|png|gif|bmp|webp)$", 60, "无标题 新建 {{ ${ .", ""));

  private PageChrome() {}

  /** Why a normalized line is part of the page's frame by any of these checks, or null when it is not. */
  static String reason(String norm) {
    if (norm.length() > MAX) return null;
    for (Boilerplate.Rule r : RULES) {
      if (norm.length() <= r.maxLength() && r.test().test(norm)) return r.reason();
    }
    return otherReason(norm);
  }

  /**
   * Why a normalized line is site buttons, a footer or spam (the checks that are not regexes), or null; what
   * {@link Boilerplate} asks after its line rules, {@link #RULES} among them, found nothing.
   */
  static String otherReason(String norm) {
    if (norm.length() > MAX) return null;
    if (SiteButtons.isButtons(norm)) return BUTTONS;
    String footer = SiteFooter.reason(norm);
    return footer != null ? footer : SpamLines.reason(norm);
  }
}
