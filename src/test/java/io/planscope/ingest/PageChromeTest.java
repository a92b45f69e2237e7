package io.planscope.ingest;

import static io.planscope.ingest.PageShapes.assertNowhere;
import static io.planscope.ingest.PageShapes.assertStarts;
import static io.planscope.ingest.PageShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frame of portals, forums, WeChat reposts, document sites and government footers, one invented line per shape
 * ({@link PageChrome}, {@link SiteButtons}, {@link SiteFooter}, {@link SpamLines}), and a plan's own lines that share
 * their words and must stay.
 */
class PageChromeTest {
  private static String reason(String line) {
    return Boilerplate.lineReason(Line.of(line));
  }

  /** Each line is dropped; the reason is the new rule's unless an older rule already names the line. */
  private static void assertAllDropped(String newReason, List<String> lines) {
    for (String line : lines) {
      String r = reason(line);
      assertNotNull(r, line);
      if (PageChrome.reason(Fold.normalize(line)) == null) throw new AssertionError(newReason + " misses " + line);
    }
  }

  @Test
  void aLineOfButtonsAndCountsIsTheSitesNotThePlans() {
    assertAllDropped(PageChrome.BUTTONS, List.of("下载 | 预览 | 举报", "登录 注册", "繁体版 English 无障碍浏览", "评论 12", "赞(0)",
        "阅读 1.2万", "人气:6.32K", "楼主", "在看", "分享 点赞 在看", "打印本文", "下载APP", "手机版", "正文", "字号:A-AA+",
        "用户名", "只看楼主 | 倒序浏览 | 阅读模式", "立即下载", "全屏预览", "政府网站找错", "长者模式"));
  }

  @Test
  void eachFamilyNamesItsReason() {
    assertEquals(PageChrome.BUTTONS, reason("只看楼主 | 倒序浏览"));
    assertEquals(PageChrome.FIELD, reason("发布者:admin"));
    assertEquals(PageChrome.CRUMB, reason("您当前的位置:"));
    assertEquals(PageChrome.COMMENTS, reason("我来说两句"));
    assertEquals(PageChrome.REPOST, reason("点击上方蓝字关注我们"));
    assertEquals(PageChrome.PLACEHOLDER, reason("无标题文档"));
    assertEquals(SiteFooter.REASON, reason("网站标识码:1234567890"));
    assertEquals(SpamLines.REASON, reason("某某国际站登录"));
  }

  @Test
  void traditionalScriptChromeIsReadFolded() {
    assertAllDropped(PageChrome.CRUMB, List.of("您當前的位置:", "工作計劃 > 正文"));
    assertAllDropped(PageChrome.COMMENTS, List.of("暫無評論", "我來說兩句"));
    assertAllDropped(SiteFooter.REASON, List.of("主辦單位:某某縣人民政府辦公室", "地址:某某縣人民路12號 郵編:123456"));
    assertAllDropped(PageChrome.BUTTONS, List.of("下載 | 預覽 | 舉報", "登錄 註冊"));
  }

  @Test
  void aPlanLineWithAButtonWordInItStays() {
    for (String line : List.of("关注学生心理健康", "评论员队伍建设", "下载量统计与分析", "推荐优秀教师参评", "阅读推广活动",
        "正文之前的说明")) {
      assertNull(reason(line), line);
    }
  }

  @Test
  void publishingFieldsBylinesLengthsAndStampsArePageInfo() {
    assertAllDropped(PageChrome.FIELD, List.of("发布者:admin", "初审:某某 复审:某某 终审:某某", "所属分类:工作计划",
        "采编:某某网;稿源:某某教育网", "(责任编辑:张三)", "【编辑:李四】", "文/张三", "编辑|王五", "审核 | 赵六", "责编 / 孙七",
        "约6.39千字", "共2568字",
        "阅读时间约8分钟", "2099-01-27 发布于某省", "2099-01-27上传", "发布于 2099-01-27", "2099年01月01日 10:00",
        "法定主动公开分类:义务教育 公开方式:主动公开", "分类:工作计划", "页码:1/5", "积分:5"));
    assertNull(reason("2099年1月1日"), "a signature date stays for the signature rule");
    assertNull(reason("分类:一类学校12所,二类学校8所"), "a plan's own classification is no column name");
    assertNull(reason("文字规范化工作"));
  }

  @Test
  void breadcrumbsCommentsRepostsAndPromptsAreTheFrame() {
    assertAllDropped(PageChrome.CRUMB, List.of("您当前的位置:", "当前的位置:首页", "所在位置:首页>工作计划", "工作计划 > 正文",
        "政务公开 > 计划总结"));
    assertAllDropped(PageChrome.COMMENTS, List.of("暂无评论", "我来说两句", "已有0人参与", "0条评论", "(共5人评分)", "文章评分"));
    assertAllDropped(PageChrome.REPOST, List.of("点击上方蓝字关注我们", "戳上方蓝字关注", "往期推荐", "长按识别二维码", "点击阅读原文",
        "收录于合集 #工作要点 3个"));
    assertAllDropped(PageChrome.BUTTONS, List.of("下载文档到电脑,方便使用", "该用户其他文档", "还没有账号?注册", "登录后可查看全文",
        "推荐分辨率1366*768", "正在进行安全检测...", "某某汇 www.example.com", "上一条:关于做好春季开学工作的通知",
        "在APP中打开", "手机阅读本文", "未经授权禁止转载", "本页共2页 当前第1页", "当前第3页/共8页", "1 2 3 下一页 尾页"));
    assertAllDropped(PageChrome.PLACEHOLDER, List.of("无标题文档", "图片1.png", "{{currentTime}}"));
    assertNull(reason("位置:县城东区新建小学"), "a building site's location is no breadcrumb");
    assertNull(reason("正在推进的十项工程"));
  }

  @Test
  void aFootersFieldsGoButAPlansHotlineSentenceStays() {
    assertAllDropped(SiteFooter.REASON, List.of("主办单位:某某县人民政府办公室", "承办:某某县教育局", "网站标识码:1234567890",
        "地址:某某县人民路12号 邮编:123456", "电话:0123-1234567 传真:0123-7654321", "技术支持:某某网络科技有限公司",
        "邮箱:abc@example.com", "联系人:张老师 电话:0123-1234567", "本站由某某公司提供技术支持"));
    assertNull(reason("开通心理健康咨询热线,电话全天有人值守。"));
    assertNull(reason("地址选在交通便利、安全的区域。"));
  }

  @Test
  void injectedGamblingAndAdultAdsGoButAPlansSportsAndInternationalLinesStay() {
    assertAllDropped(SpamLines.REASON, List.of("某某体育app下载官网入口", "某某国际站登录", "某某棋牌下载", "某某娱乐平台注册",
        "某某全站app官网", "精品国产在线"));
    for (String line : List.of("推进国际理解教育", "体育课程改革", "争取体育彩票公益金支持", "体育平台建设与场馆开放",
        "规范校外棋牌室周边环境整治")) {
      assertNull(reason(line), line);
    }
  }

  @Test
  void aFooterAfterTheLastItemIsNotThatItemsBody() {
    ParseResult r =
        parse(
            "footer.txt",
            "您当前的位置:",
            "首页 >> 政务公开 >> 计划总结",
            "某某县教育局2099年工作要点",
            "发布者:admin 浏览次数:12",
            "2099年全县教育工作的总体要求是:坚持立德树人,推进教育优质均衡发展,办好人民满意的教育。",
            "一、加强党的建设",
            "1.深化理论学习。组织全系统党员干部开展专题学习,推动学习制度化常态化",
            "2.提升办学质量。深化集团化办学,推进城乡学校结对帮扶",
            "打印本文 关闭窗口",
            "主办单位:某某县教育局",
            "网站标识码:1234567890",
            "地址:某某县人民路12号 邮编:123456",
            "技术支持:某某网络科技有限公司",
            "承辦(bàn)單位:某某縣教育局");
    Plan plan = r.plans().get(0);
    assertEquals("某某县教育局2099年工作要点", plan.meta().title());
    assertStarts(plan, "加强党的建设", "深化理论学习", "提升办学质量");
    assertNowhere(r, "您当前的位置", "发布者", "主办单位", "网站标识码", "邮编", "技术支持", "打印本文", "承辦", "bàn");
  }

  @Test
  void theTitlesUnderARelatedNewsHeaderAreNoBodyOfTheLastItem() {
    ParseResult r =
        parse(
            "related.txt",
            "某某区教育局2099年工作计划",
            "2099年,全区教育系统坚持立德树人根本任务,聚焦优质均衡发展,深化教育综合改革,努力办好人民满意的教育。",
            "一、推进学前教育普惠发展",
            "1.新建公办幼儿园3所,新增学位900个",
            "2.规范民办幼儿园收费行为",
            "相关新闻",
            "某某区召开2099年教育工作会议",
            "某某区教育局开展春季开学安全检查",
            "往期推荐",
            "某某区举行第三届中小学生运动会");
    Plan plan = r.plans().get(0);
    assertStarts(plan, "新建公办幼儿园3所", "规范民办幼儿园收费行为");
    assertNowhere(r, "相关新闻", "教育工作会议", "开学安全检查", "运动会");
    assertTrue(Boilerplate.clean(List.of(Line.of("四、相关新闻"))).removed().isEmpty(), "a numbered heading stays");
  }
}
