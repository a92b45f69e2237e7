package io.planscope.ingest;

import static io.planscope.ingest.Boilerplate.ATTACHMENTS;
import static io.planscope.ingest.Boilerplate.SEO_TITLE;
import static io.planscope.ingest.Boilerplate.SITE_TALK;
import static io.planscope.ingest.Boilerplate.SITE_TALK_MAX;
import static io.planscope.ingest.Boilerplate.rule;

import io.planscope.ingest.Boilerplate.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Boilerplate}'s one-line rules, in the order they are tried: each a reason, the lines it matches (with a
 * sample phrase in its comment) and the needles of its prefilter. The first rule that matches names the line's
 * reason, so a narrower rule comes before a broader one with the same words.
 */
final class LineRules {
  private LineRules() {}

  private static final String NOTICE = "notice wrapper (通知)";
  private static final String SPAN = "[12]\\d{3}\\s*年?\\s*[-—–~至到]?\\s*[12]\\d{3}\\s*年?\\s*";

  static final List<Rule> ALL =
      rules(List.of(
          // "网站首页 > 范文大全 正文", "范文资料网>反思报告>工作计划>《…" — at least two arrows, or a home link first.
          rule("breadcrumb", "^(网站首页|首页|当前位置|您的位置|你的位置|您现在的位置|你现在的位置)|[^>›»]{1,20}[>›»][^>›»]{1,20}[>›»]", 120,
              "首页 位置 > › »", ""),
          // "时间:2022-04-01 15:11:37 工作计划 我要投稿", "发布日期：2023-05-06", "日期:" (its value lost), "来源：本站"
          rule("page info (time, source, views)", "^(发布|更新|发表)?(时间|日期)[:：]\\s*(\\d{4}[-/.年]|$)|^(发布|更新|发表)(时间|日期)|^[-•·*\\s]*(来源|作者|编辑|编辑人|责任编辑|审核|审核人|发布人|校对|供稿|信息来源|点击|浏览|阅读)\\s*[:：]|我要投稿|浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|访问量|字号[:：]?\\s*[大中小]|【?打印(本页|此页)?】|关闭窗口|分享到|收藏本页|加入收藏", 80,
              "时间 日期 投稿 次数 点击 阅读量 浏览量 访问量 字号 打印 窗口 分享到 收藏", "来作编责审发校供信点浏阅-•·* "),
          // "w227 2025-03-05 14:53:53 范文大全 28 ℃" — a date-time stamp in a short line without sentences.
          rule("page info (time, source, views)", "^[^。，,；;]{0,30}\\d{4}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}[^。，,；;]{0,30}$", 70, "-", ""),
          // "• 2099-04-10 发布", "2099-01-07 来源:某部", "166人看过", "• 14页" — a date or a count with a page-info word
          rule("page info (time, source, views)", "^[-•·*\\s]*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)[\\s\\d:]*(?:发布|更新|来源|作者|浏览|阅读|点击|编辑)"
              + "|^[-•·*\\s]*\\d+\\s*(?:人(?:看过|浏览|阅读|已读|收藏|下载|评论)|次(?:浏览|阅读|下载)|页)\\s*$", 40,
              "发布 更新 来源 作者 浏览 阅读 点击 编辑 看过 已读 收藏 下载 评论 页", ""),
          // "扫一扫,支付¥2.99", "付费后若不能复制", "输入验证码后可以免费复制", "正在加载二维码..."
          // "5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。" — a library's numbered terms of sale
          rule("payment wall", "付费|免费复制|验证码|支付宝|微信支付|下载券|开通(会员|VIP)|VIP(文档|会员)|成为VIP|下载权益|二次下载|价格[:：]\\s*[¥￥\\d]|[¥￥]\\s*\\d|\\d\\s*元/(篇|份|次)", 120,
              "付费 复制 验证码 支付 下载券 开通 VIP 下载权益 二次下载 价格 ¥ ￥ 元/", ""),
          // "微信扫码领取", "联系客服" — words a plan may use too, so only in short lines.
          rule("payment wall", "扫码|扫一扫|二维码|客服|VIP|充值|会员|支付|请勿关闭", 40, "扫 二维码 客服 VIP 充值 会员 支付 关闭", ""),
          // "版权所有 © …", "京ICP备…", "联系我们", "如若转载，请注明出处"
          rule("copyright / contact", "版权所有|版权归|(?i:copyright)|©|ICP备|ICP证|公网安备|联系我们|免责声明|如有侵权|侵犯您的|转载请注明|请注明出处|不代表本站|网站地图|关于我们|友情链接", 160,
              "版权 copyright © ICP 公网安备 联系我们 免责声明 侵权 侵犯您的 转载 注明出处 不代表本站 网站地图 关于我们 友情链接", ""),
          // "本文由alices收集整理", "本文档由用户上传", "本内容由…整理"
          rule("source note (本文由…整理)", "^(本文|本篇|本内容|本文档|文章|该文)(由|来自|转自|摘自|系)", 160, "", "本文该"),
          // "上一篇 2025年10月31日", "下一篇：…", "返回顶部"; "某某工作要点 >>查看更多【返回 工作计划 栏目列表】" —
          // the next article's title glued before a farm's back link
          rule("previous / next links", "^(上一篇|下一篇|上一页|下一页|返回顶部|返回列表|返回首页|查看更多|阅读全文|展开全文|点击查看|更多>>)|返回[^】]{0,20}栏目列表", 120,
              "栏目列表", "上下返查阅展点更"),
          // "(建议使用1024×768以上分辨率 IE8.0及以上版本浏览器)" — a government site's footer advice
          rule("site widget", "建议(您)?(使用|采用).{0,40}(分辨率|浏览器)|(分辨率|浏览器).{0,20}(最佳|效果最佳)", 80,
              "建议 分辨率 浏览器", ""),
          // "展开剩余85%", "[查看全文]", "原文链接:http…", "本文标签:…", "您还未登录,请登录后再评论", "已有12人下载",
          // "文章来源:某某县教育局" — a reading widget or a login wall, in a short line
          rule("reading widget (全文, 标签, 登录)", "^[\\[【]?(查看全文|展开全文|展开剩余|阅读原文|原文链接|原文地址|全文共\\s*\\d+\\s*字)"
              + "|当前浏览器不支持|^(本文|文章|热门|相关)?(标签|关键词|关键字)\\s*[:：]|请登录|未登录|立即登录|登录后(才能|方可|即可)?(查看|评论|阅读|下载|发表|复制)"
              + "|已有\\s*\\d+\\s*人(下载|阅读|浏览|收藏|评论)|^[-•·*\\s]*(文章|稿件|新闻|消息|图片|转载)来源\\s*[:：]", 60,
              "查看全文 展开全文 展开剩余 阅读原文 原文链接 原文地址 全文共 不支持 标签 关键 登录 已有 来源", ""),
          // "发表回复", "登录后才能评论", "网友评论"
          rule("comments widget", "^(发表回复|发表评论|登录后才能评论|网友评论|评论列表|我要评论|文章评论|写评论|点赞|收藏|评论\\s*\\(\\d+\\))", 40,
              "", "发登网评我文写点收"),
          // "广告位 后台主题配置管理", "请在这里放置你的在线分享代码", "右侧显示信息"
          rule("site widget", "广告|后台主题|分享代码|显示信息|正在加载|加载中|^(最近发表|标签列表|最新留言|热门标签|站点统计|文章归档)$", 40,
              "广告 后台主题 分享代码 显示信息 加载", "最标热站文"),
          // "7", "(0)", "- 3 -", "―3―", "·3·", "第2页", "3/10", "共5页"
          rule("page number", "^[-—–―·\\s]*\\(?\\d{1,3}\\)?[-—–―·\\s]*$|^第\\s*\\d+\\s*页|^共\\s*\\d+\\s*页|^\\d{1,3}\\s*/\\s*\\d{1,3}$|^(上一页|下一页|尾页|首页|第一页)(\\s|$)", 40,
              "0 1 2 3 4 5 6 7 8 9 页", ""),
          // "第PAGE10页共NUMPAGES10页", "第 PAGE \* MERGEFORMAT 2 页" — a Word footer's page fields alone on a line
          rule("page number", DocStamps::isStampOnly, 60, List.of("页", "PAGE")),
          // "alicesalices", "w227" — no Chinese character at all (the regex ^[^\p{IsHan}]*$, as a loop).
          new Rule("no Chinese text (spam, user names, code)", Boilerplate::hasNoHan, 200, null, null),
          // "2024年教育局工作计划(精选22篇)", "教育局工作要点有哪些" — a farm's page title, not the plan's; before the
          // site-talk rule, so that a title ending in 范文 is kept as a title hint
          rule(SEO_TITLE, TitleLines::isSeoTitle, 80,
              List.of("篇", "有哪些", "怎么写", "如何写", "大全", "合集", "模板", "范文", "范例", "作文")),
          // "下面是小编为大家整理的…，供大家参考。", "---本文来源于网络，仅供参考，勿照抄---" — a farm speaking to its reader
          rule(SITE_TALK, SiteVoice::isFarmTalk, SITE_TALK_MAX,
              concat(SiteVoice.FARM_STRONG, SiteVoice.FARM_WEAK)),
          // "新高考网", "秘书文库--青年干部" — a site's name on a line of its own
          rule("site name", SiteVoice::isSiteName, 24, List.of("网", "文库", "之家")),
          // "某某教育官方抖音号", "公文材料助手"
          rule("social handle", SiteVoice::isHandle, 40, List.of("号", "助手", "微博", "小红书", "官方账号")),
          // "字号：[大 中 小]", "视力保护色：", "【打印】 【关闭】"
          rule("page widget (字号, 打印, 关闭)", SiteVoice::isWidget, 40, SiteVoice.WIDGET_WORDS),
          // "【制定机关】某市教育局", "索 引 号：000-2024-001", "主题分类：教育" — read for metadata, not plan text
          rule("article attributes (文章属性)", SiteVoice::isAttribute, 120, null),
          // "各县（区）教育局：", "现将《…》印发给你们，请认真贯彻落实。", "（此件主动公开）", "某教〔2024〕3号"
          rule(NOTICE, NoticeWrapper::isWrapperLine, 250, null),
          // "各市（州）教育局，各高校，各省属中职学校、普通高中，厅机关各处室：" — addressees of every length and shape
          rule(NOTICE, Addressees::isAddressees, 200, List.of("各")),
          // "为方便本刊读者及时了解…，本刊特予全文转载", "近日，某局印发《…》，全文如下：" — a reprint's note and lead
          rule(RepostNotes.REASON, RepostNotes::isNote, 300,
              List.of("本刊", "本报", "本网", "本站", "本号", "本公众号", "本栏目", "小编", "如下", "全文", "编者按")),
          // "文章属性•【制定机关】某市人民政府•【公布日期】2099.02.01" — split off a line by {@link AttributeRuns}
          rule(AttributeRuns.REASON, AttributeRuns::isBlock, 600, List.of("【")),
          // "大小:20.81KB", "页数:8页", "格式:DOCX" — a document site's file card
          rule("document info (大小, 页数)", SiteVoice::isDocumentInfo, 120, null),
          // "荟聚奇文、博采众长、见贤思齐" — a site's slogan: three or four idioms and nothing else
          rule("site slogan", "^(?:\\p{IsHan}{4}\\s*[、,，·]\\s*){2,3}\\p{IsHan}{4}$", 24, "、 , ， ·", ""),
          // "（初  稿）", "(征求意见稿)" — a draft's status under its title
          rule("draft note (初稿)", "^[(（\\[【]\\s*(初\\s*稿|征求意见稿|送审稿|讨论稿|修订稿|草\\s*案)\\s*[)）\\]】]$", 12, "稿 草", ""),
          // "(2016—2020年)", "20162020年)" — a title's year span left on a line of its own when the title broke
          rule("year span under a title", "^(\\(\\s*" + SPAN + "\\)?|" + SPAN + "\\))$", 20, "", "(（12"),
          // "《教育导报》", "2099年第17期(总第3782期) 导报二版", "国内刊号CN00-0000" — a newspaper's masthead over a reposted text
          rule("newspaper masthead (报, 期, 版)", "^《[^》]{1,12}(报|刊|杂志)(·[^》]{1,8})?》(\\s*邮发代号.{0,12})?$|^(《[^》]{1,16}》)?\\s*\\d{4}\\s*年\\s*第\\s*\\d{1,4}\\s*期\\s*(\\(|$|.{0,8}版$)"
              + "|总第\\s*\\d{1,5}\\s*期|^(国内|国际)?(统一)?刊号|邮发代号", 40, "》 期 刊号 邮发代号", "《12"),
          // "抄送：区委办、区政府办。", "某区教育局办公室 2099年2月11日印发", "2099年3月1日印发" — a government
          // document's distribution lines
          rule(ATTACHMENTS, "^(抄送|抄报|主送|分送)\\s*[:：]|^[^。，,；;]{0,30}\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发$", 120,
              "抄送 抄报 主送 分送 印", ""),
          // "单击此处添加文本内容", "在此输入您的文字内容", "谢谢聆听" — a slide template's placeholders and closing slide
          rule("slide text (单击此处添加, 谢谢聆听)", "^(单击|点击|双击)(此处|这里)?(可)?(添加|输入|编辑|替换)|^(在此|在这里|此处)(输入|添加|录入|键入)"
              + "|^请(在此|在这里)?(输入|替换)(您|你)的|^(谢谢|感谢)(您的|大家的|各位的)?(聆听|观看|观赏|收看)", 30,
              "单击 点击 双击 在此 在这里 此处 请在 请输 请替 谢谢 感谢", ""),
          // "(完)", "【完】", "—全文完—" — an article's end mark
          rule("end mark (完)", "^[-—\\s(\\[【<]*(全文)?完[-—\\s)\\]】>]*$", 8, "完", ""),
          // "javascript:void(0)" left as text
          rule("script text", "(?i)javascript:|function\\s*\\(|document\\.write|window\\.", 400, "javascript: function document.write window.", "")),
          // then the page chrome the rules above do not name (publishing fields, breadcrumbs, comment widgets...)
          PageChrome.RULES);

  /** All line rules in order; at most 64, one bit each in {@link Boilerplate#candidates}. */
  private static List<Rule> rules(List<Rule> own, List<Rule> chrome) {
    List<Rule> all = new ArrayList<>(own);
    all.addAll(chrome);
    if (all.size() > Long.SIZE) throw new IllegalStateException(all.size() + " line rules; the prefilter holds 64");
    return List.copyOf(all);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
