package io.planscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line made of nothing but a site's buttons and links, with separators and counts: "下载 | 预览 | 举报", "登录 注册",
 * "繁体版 English 无障碍", "评论 12", "赞(0)", "阅读 1.2万", "楼主", "在看", "返回顶部". Seen on portals, forums,
 * document sites and WeChat reposts, where each widget is its own line of text once the markup is gone. A plan's line
 * always has a word that is not a button ("关注民生" stops at 民生), so it never matches.
 *
 * <p>The scan is greedy and linear: at each char, skip a separator or a count, else take the longest button word
 * starting there, else the line is not buttons.
 */
final class SiteButtons {
  /** Words that are only ever a site's control or link, never a plan's line on their own. */
  static final List<String> WORDS =
      List.of(
          "登录", "注册", "退出", "立即注册", "立即登录", "免费注册", "搜索", "站内搜索", "高级搜索", "设为首页", "加入收藏",
          "收藏", "收藏本文", "收藏本页", "繁体版", "简体版", "繁体", "简体", "English", "ENGLISH", "无障碍", "无障碍浏览",
          "长者模式", "关怀模式", "适老化", "手机版", "移动版", "电脑版", "下载APP", "打开APP", "APP", "App", "客户端",
          "下载客户端", "下载", "立即下载", "下载本文", "下载文档", "下载此文档", "预览", "全屏预览", "预览文档", "购买",
          "立即购买", "加入购物车", "分享", "一键分享", "分享到", "点赞", "赞", "在看", "顶", "踩", "好评", "差评", "评论",
          "发表评论", "我要评论", "留言", "我要留言", "回复", "引用", "举报", "投诉", "版权申诉", "纠错", "我要纠错", "更多",
          "查看更多", "查看全部", "阅读更多", "加载更多", "点击加载更多", "展开", "收起", "展开全文", "展开阅读全文",
          "阅读全文", "点击阅读全文", "阅读原文", "阅读", "浏览", "人气", "热度", "返回顶部", "回到顶部", "返回", "顶部",
          "楼主", "沙发", "板凳", "地板", "只看楼主", "只看该作者", "倒序浏览", "阅读模式", "复制链接", "跳转到指定楼层",
          "关注", "已关注", "点击关注", "关注我们", "取消关注", "正文", "首页", "上一页", "下一页", "末页", "尾页", "跳转",
          "打印", "打印本页", "打印本文", "关闭", "关闭本页", "关闭窗口", "保存", "保存本页", "往期推荐", "往期回顾",
          "政务微信", "政务微博", "微信", "微博", "QQ空间", "隐私声明", "隐私政策", "使用帮助", "网站声明", "版权声明",
          "网站地图", "联系我们", "关于我们", "网站导航", "原创", "置顶", "精华", "热门", "推荐", "很好", "一般", "太差",
          "文章评分", "评分", "雷达卡", "政府网站找错", "我为政府网站找错", "网站支持IPv6", "本网站支持IPv6", "本站支持IPv6", "IPv6",
          "正文开始", "正文结束", "用户名", "密码", "忘记密码", "请输入关键字", "请输入关键词", "字号", "字体", "A", "AA", "T",
          "赞同", "导读", "文章导读", "内容导读", "内容预览", "全文预览", "全部",
          // a login box's words, each a line of its own once the form is gone
          "用户登录", "会员登录", "账号登录", "帐号登录", "用户注册", "会员注册", "新用户注册", "登录名", "账号", "帐号",
          "记住我", "记住密码", "找回密码", "验证码", "获取验证码", "个人中心", "退出登录", "快速登录", "扫码登录",
          "手机登录", "短信登录", "微信登录", "QQ登录", "第三方登录", "我的账户",
          // a document shop's account menu
          "听全文", "朗读", "语音播报", "购物车", "我的足迹", "我的订单", "我的收藏", "我的下载", "浏览记录", "会员中心", "消息中心", "开通VIP", "加入VIP");

  /** Separators, brackets, arrows and the digits and units of a count ("1.2万", "6.32K", "99+"). */
  private static final String FILLER = " \t[]【】()（）<>:：|/／、,，·•+-—>»›↑↓★☆.万千KkWw次0123456789";
  private static final int MAX = 40;
  private static final Map<Character, List<String>> BY_FIRST = byFirst();

  private SiteButtons() {}

  private static Map<Character, List<String>> byFirst() {
    Map<Character, List<String>> map = new HashMap<>();
    for (String w : WORDS) map.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    map.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    return Map.copyOf(map);
  }

  /** True when the line is only button words, separators and counts, with at least one button word. */
  static boolean isButtons(String norm) {
    if (norm.length() > MAX) return false;
    boolean word = false;
    int i = 0;
    while (i < norm.length()) {
      char c = norm.charAt(i);
      if (FILLER.indexOf(c) >= 0 || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int len = longestWordAt(norm, i);
      if (len == 0) return false;
      word = true;
      i += len;
    }
    return word;
  }

  private static int longestWordAt(String norm, int i) {
    List<String> here = BY_FIRST.get(norm.charAt(i));
    if (here == null) return 0;
    for (String w : here) if (norm.startsWith(w, i)) return w.length();
    return 0;
  }
}
