package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import org.junit.jupiter.api.Test;

/** Scripts, event handlers and javascript: URLs never reach the text; text that looks like markup stays text. */
class HostileInputTest {
  private static final Ingestor INGESTOR = new Ingestor();

  private static String allText(ParseResult r) {
    StringBuilder sb = new StringBuilder();
    for (Plan p : r.plans()) {
      sb.append(p.title()).append('\n');
      for (Measure m : p.passages()) sb.append(String.join("/", m.path())).append('\n').append(m.text()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void neverLetsScriptsHandlersOrJavascriptUrlsIntoText() {
    String body =
        "<script>document.write('恶意脚本内容')</script>"
            + "<p onclick=\"alert('点击事件')\">" + TestPages.PLAN_TITLE + "</p>"
            + TestPages.paragraphs(TestPages.PLAN_BODY)
            + "<p><a href=\"javascript:alert('x')\">打印本页</a> <a href=\" JavaScript:void(0)\">关闭窗口</a></p>"
            + "<style>.x{color:red}</style><iframe src=\"http://evil.example/\">框架文字</iframe>"
            + "<noscript>请启用脚本</noscript><!-- 注释里的文字 -->"
            + "<img src=x onerror=\"alert(1)\"><div style=\"display:none\">隐藏的垃圾关键词</div>";
    ParseResult r = INGESTOR.parse(Seeds.doc("hostile.html", TestPages.html(body)));
    String text = allText(r);
    for (String bad : new String[] {"恶意脚本", "alert", "点击事件", "javascript", "打印本页", "关闭窗口", "color:red",
        "框架文字", "请启用脚本", "注释里", "onerror", "隐藏的垃圾", "<"}) {
      assertFalse(text.contains(bad), () -> "'" + bad + "' reached the text:\n" + text);
    }
    assertEquals(1, r.plans().size());
  }

  @Test
  void keepsLiteralMarkupWrittenAsTextAsText() {
    String body =
        TestPages.paragraphs(TestPages.PLAN_BODY)
            + "<p>（三）规范网页编辑。正文中写出的 &lt;b&gt; 标记和 &lt;script&gt; 字样按文字保留。</p>";
    Plan plan = INGESTOR.parse(Seeds.doc("literal.html", TestPages.html(body))).plans().get(0);
    Measure last = plan.measures().get(plan.measures().size() - 1);
    assertTrue(last.text().contains("<b>"), last.text());
    assertTrue(last.text().contains("<script>"), last.text());
  }

  @Test
  void keepsTheTextAnUnclosedInlineSvgWouldSwallow() {
    // an icon left open ("<use …/>" closes the use, not the svg), or closed with an unquoted last attribute
    // ("height=16/>" is height="16/"): the parser puts the rest of the paragraph inside the svg
    String body =
        TestPages.paragraphs(TestPages.PLAN_BODY)
            .replace("落实全面从严治党责任", "<svg aria-hidden=\"true\"><use href=\"#icon\"/><title>图标</title>落实全面从严治党责任")
            .replace("新建小学一所", "新建<svg width=16 height=16/>小学一所");
    ParseResult r = INGESTOR.parse(Seeds.doc("svg.html", TestPages.html(body)));
    String text = allText(r);
    assertTrue(text.contains("加强党的建设。落实全面从严治党责任，建强学校党组织。"), text);
    assertTrue(text.contains("新建小学一所，改扩建幼儿园两所。"), text);
    assertFalse(text.contains("图标"), text);
    assertEquals(5, r.plans().get(0).measures().size(), "the five items under the headings");
    assertEquals(1, r.plans().get(0).preamble().size(), "the opening paragraph frames the plan");
  }

  @Test
  void dropsJavascriptTextInPlainTextPages() {
    String page = TestPages.PLAN_TITLE + "\n" + TestPages.PLAN_BODY + "\njavascript:void(0)\n";
    String text = allText(INGESTOR.parse(Seeds.doc("js.txt", page)));
    assertFalse(text.contains("javascript"));
  }

  @Test
  void findsTheMainContentByDensityWithoutCmsHints() {
    String menu = "<ul>" + "<li><a href=\"/1\">新闻动态栏目链接</a></li>".repeat(30) + "</ul>";
    String side = "<div class=\"side\"><p>热点：<a href=\"/x\">某某学校举办运动会</a></p></div>";
    String html =
        "<html><head><title>" + TestPages.PLAN_TITLE + "</title></head><body><div id=\"left\">" + menu + "</div>"
            + side + "<div id=\"x1\"><h1>" + TestPages.PLAN_TITLE + "</h1>" + TestPages.paragraphs(TestPages.PLAN_BODY)
            + "</div><div class=\"bottom\">地址：某县某路1号 邮编：000000</div></body></html>";
    ParseResult r = INGESTOR.parse(Seeds.doc("dense.html", html));
    String text = allText(r);
    assertFalse(text.contains("新闻动态栏目链接"));
    assertFalse(text.contains("运动会"));
    assertEquals(TestPages.PLAN_TITLE, r.plans().get(0).title());
    assertEquals(5, r.plans().get(0).measures().size(), "the five items under the headings");
    assertEquals(1, r.plans().get(0).preamble().size(), "the opening paragraph frames the plan");
  }
}
