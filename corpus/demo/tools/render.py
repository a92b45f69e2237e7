"""Page shapes: the plan text wrapped the way bureau sites, content farms and text dumps wrap it.

Every function returns the page as a str; build.py encodes it. Site names, addresses and record numbers are
invented for the demo.
"""

import html
import random

from model import lines


def esc(s):
    return html.escape(s, quote=False)


def paragraphs_html(plan, indent="p"):
    out = []
    for line in lines(plan):
        if indent == "p":
            out.append(f'<p style="text-indent:2em;">{esc(line)}</p>')
        elif indent == "nbsp":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}</p>")
        elif indent == "br":
            out.append(f"　　{esc(line)}<br/>")
        else:
            out.append(f"<p>{esc(line)}</p>")
    return "\n".join(out)


def related(rng, titles):
    items = "\n".join(f'<li><a href="/art/{rng.randint(10000, 99999)}.html">{esc(t)}</a><span>{d}</span></li>'
                      for t, d in titles)
    return items


def meta_charset(charset):
    return f'<meta charset="{charset}">\n' if charset else ""


def bureau_site(plan, site, published, views, related_titles, charset="utf-8", repeat_title=False, icp="",
                template="trs"):
    """A bureau's own site: nav, breadcrumbs, 发布时间/浏览次数, share bar, TRS_Editor, 相关文章, footer."""
    rng = random.Random(plan.key + site)
    bureau = plan.meta["bureau"]
    body = paragraphs_html(plan, "p" if template == "trs" else "nbsp")
    if repeat_title:
        body = f'<p style="text-align:center;"><strong>{esc(plan.title)}</strong></p>\n' + body
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(
        ["首页", "机构概况", "政务公开", "教育动态", "办事服务", "互动交流", "专题专栏"]))
    head = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset(charset)}<title>{esc(plan.title)}_{esc(site)}</title>
<meta name="keywords" content="{esc(bureau)},工作计划,工作要点">
<link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="topbar"><span>欢迎访问{esc(site)}</span><a href="/wza/">无障碍浏览</a> | <a href="/old/">长者模式</a> | <a href="/login">登录</a></div>
<div class="header"><img src="/images/logo.png" alt="{esc(site)}"><form action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
"""
    if template == "trs":
        main = f"""<nav class="mainnav"><ul>{nav}</ul></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jhzj/">计划总结</a></div>
<div class="article">
<h1 class="title">{esc(plan.title)}</h1>
<div class="info">发布时间：{published}　　来源：{esc(bureau)}　　浏览次数：{views}</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a>　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="TRS_Editor">
{body}
</div>
</div>
<div class="related"><h3>相关文章</h3><ul>
{related(rng, related_titles)}
</ul></div>
"""
        foot = f"""<footer class="footer"><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：{esc(bureau)}　　版权所有：{esc(bureau)}</p>
<p>{icp}　网站标识码：{rng.randint(3300000000, 5199999999)}　公安机关备案号：{rng.randint(10000000000000, 99999999999999)}</p>
</footer>
</body>
</html>
"""
    else:  # "zoom": an older information-disclosure page with a metadata table and table layout
        main = f"""<div id="nav"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/jyxw/">教育新闻</a> | <a href="/bszn/">办事指南</a></div>
<table width="1000" align="center"><tr><td class="crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; 规划计划</td></tr></table>
<table class="xxgk-meta" width="1000" align="center">
<tr><td>索引号：</td><td>{rng.randint(100000000, 999999999)}/{published[:4]}-{rng.randint(10000, 99999)}</td><td>发布机构：</td><td>{esc(bureau)}</td></tr>
<tr><td>主题分类：</td><td>教育</td><td>发布日期：</td><td>{published}</td></tr>
</table>
<table width="1000" align="center"><tr><td>
<div class="bt"><h2>{esc(plan.title)}</h2></div>
<div class="xx">发布日期：{published}　　浏览次数：{views}　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div id="zoom">
{body}
</div>
<div class="share">分享：<a>微信</a> <a>微博</a> <a href="javascript:window.print()">打印本页</a></div>
</td></tr></table>
<div class="xgwz"><b>相关文章：</b><ul>
{related(rng, related_titles)}
</ul></div>
"""
        foot = f"""<div id="footer">
版权所有：{esc(bureau)}　　技术支持：信息中心<br>
{icp}　　建议使用1024×768分辨率浏览
</div>
</body>
</html>
"""
    return head + main + foot


def farm_page(plans, site, heading, intro, marker, posted, related_titles, charset="utf-8", views=0):
    """A content farm: several plans under 篇 markers, an intro, a payment wall, a spam line, related links."""
    rng = random.Random(heading + site)
    parts = []
    for i, plan in enumerate(plans, 1):
        parts.append(f"<h2>{esc(marker(i, plan.title))}</h2>")
        parts.append(paragraphs_html(plan, "plain"))
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html>
<head>
{meta_charset(charset)}<title>{esc(heading)} - {esc(site)}</title>
<script src="//cdn.example-ads.cn/show.js"></script>
</head>
<body>
<div class="head"><a href="/">{esc(site)}</a> <a href="/fanwen/">范文大全</a> <a href="/jihua/">工作计划</a> <a href="/zongjie/">工作总结</a> <a href="/vip/">开通会员</a></div>
<div class="weizhi">您的位置：<a href="/">首页</a> &gt; <a href="/jihua/">工作计划</a> &gt; 教育工作计划</div>
<div class="content">
<h1>{esc(heading)}</h1>
<div class="meta">{posted}　作者：网友投稿　阅读：{views}</div>
<p>{esc(intro)}</p>
{body}
<div class="paywall">
<p>温馨提示：本文为付费内容，会员可免费复制全文。</p>
<p>微信扫码支付 ￥3.80 后即可免费复制下载 Word 文档</p>
<p>付费复制　免费复制　开通会员享受无限次下载</p>
</div>
<p class="spam">想要获取更多精选范文，请加客服微信 fw{rng.randint(100000, 999999)} 领取，百度搜索“{esc(site)}”即可找到本站。</p>
</div>
<div class="xgtj"><h3>相关推荐</h3><ul>
{related(rng, related_titles)}
</ul></div>
<div class="foot">本站内容来源于网络，如有侵权请联系删除。Copyright {esc(site)} 版权所有 豫ICP备{rng.randint(10000000, 99999999)}号-1</div>
</body>
</html>
"""


def farm_text(plans, crumb, heading, intro, marker, posted, related_titles, note):
    """A content-farm page as a scraper saves it: text only, with its crumbs and tails."""
    out = [crumb, "", heading, "", f"时间:{posted} 工作计划 我要投稿", "  • 相关推荐", "", heading, "", "  " + intro, ""]
    for i, plan in enumerate(plans, 1):
        out.append("  " + marker(i, plan.title))
        out.append("")
        for line in lines(plan):
            out.append("  " + line)
            out.append("")
    out.append(note)
    out.append("")
    out.append(f"【{heading}】相关文章:")
    out.append("")
    for t, d in related_titles:
        out.append(f"{t}{d}")
        out.append("")
    return "\n".join(out)


def plain_text(plan, header=(), footer=(), indent="　　", title_line=True):
    out = list(header)
    if title_line:
        out += [plan.title, ""]
    for line in lines(plan):
        out.append(indent + line)
    out += list(footer)
    return "\n".join(out) + "\n"


def wenku_page(plan, site, uploader, pages, charset="utf-8"):
    """A document-sharing site reposting a bureau's plan."""
    rng = random.Random(plan.key + site)
    body = paragraphs_html(plan, "plain")
    return f"""<!DOCTYPE html>
<html>
<head>
{meta_charset(charset)}<title>{esc(plan.title)} - {esc(site)}</title>
</head>
<body>
<header><a href="/">{esc(site)}</a> <a href="/upload">上传文档</a> <a href="/vip">VIP会员</a></header>
<div class="doc-info">上传者：{esc(uploader)}　　共{pages}页　　下载：{rng.randint(20, 900)}次　　格式：DOC</div>
<article class="doc-body">
<h1>{esc(plan.title)}</h1>
{body}
</article>
<div class="doc-tip">以上为文档预览，完整文档请下载。下载文档需要消耗2下载券，扫码支付后可免费复制全文。</div>
<aside><h3>相关文档</h3><ul><li><a href="/d/{rng.randint(1000, 9999)}">{esc(plan.title[:6])}工作总结</a></li><li><a href="/d/{rng.randint(1000, 9999)}">学校工作计划范文</a></li></ul></aside>
<footer>{esc(site)} 版权所有 京ICP备{rng.randint(10000000, 99999999)}号</footer>
</body>
</html>
"""
