package io.planscope.compare;

import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.plan.SectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plans built in code for compare tests: measures as "type:text" strings, or generated real-looking ones. */
final class TestPlans {
  static final Region XIHU = new Region("浙江省", "杭州市", "西湖区", "330106");
  private static final String[] PHRASES = {
    "全面贯彻党的教育方针", "落实立德树人根本任务", "深化教育评价改革", "推进义务教育优质均衡发展",
    "加强教师队伍建设", "完善中小学教师培训体系", "扩大普惠性学前教育资源", "提升普通高中办学质量",
    "加强校园安全管理", "健全学生资助体系", "推进智慧校园建设", "深化课后服务", "落实双减政策",
    "加强劳动教育", "开展心理健康教育", "推进集团化办学", "完善督导评估机制", "强化家校社协同育人",
    "加强体育美育工作", "推动职业教育产教融合", "建立健全工作机制", "开展专项督查", "加大经费投入力度"
  };

  private TestPlans() {}

  static Plan plan(String id, int year, String... measures) {
    List<Measure> list = new ArrayList<>();
    for (String m : measures) {
      int colon = m.indexOf(':');
      SectionType type = SectionType.of(m.substring(0, colon));
      list.add(measure(id, list.size() + 1, type, m.substring(colon + 1)));
    }
    return plan(id, year, XIHU, list);
  }

  static Plan plan(String id, int year, Region region, List<Measure> measures) {
    PlanMeta meta = new PlanMeta(region.label() + year + "年教育工作要点", year, Period.of(Period.ANNUAL, year),
        year + "-02-01", Level.COUNTY, region, "教育局", "工作要点");
    return Plan.of(id, meta, "test:" + id, List.of(), measures);
  }

  static Measure measure(String planId, int n, SectionType type, String text) {
    return new Measure(planId + "-m" + n, type, List.of(), "", null, text, List.of(), List.of(), List.of(), null);
  }

  /** A real-looking measure: several phrases with numbers, 60–200 characters. */
  static String measureText(Random random) {
    StringBuilder sb = new StringBuilder();
    int target = 60 + random.nextInt(140);
    while (sb.length() < target) {
      sb.append(PHRASES[random.nextInt(PHRASES.length)]);
      if (random.nextInt(3) == 0) sb.append("，新建").append(10 + random.nextInt(2000)).append("个");
      sb.append(random.nextInt(4) == 0 ? "。" : "，");
    }
    sb.setLength(sb.length() - 1);
    return sb.append("。").toString();
  }

  /** A plan of n generated measures. */
  static Plan generated(String id, int year, int n, Random random) {
    List<Measure> list = new ArrayList<>();
    SectionType[] types = SectionType.values();
    for (int i = 0; i < n; i++) {
      list.add(measure(id, i + 1, types[Math.min(types.length - 1, i * types.length / n)], measureText(random)));
    }
    return plan(id, year, XIHU, list);
  }

  /** Next year's version: edits in some measures, some removed, some added, a few moved. */
  static Plan nextYear(Plan a, String id, Random random) {
    List<String> texts = new ArrayList<>();
    List<SectionType> types = new ArrayList<>();
    for (Measure m : a.measures()) {
      int roll = random.nextInt(20);
      if (roll == 0) continue; // removed
      texts.add(roll < 4 ? TextDiffTest.edit(m.text(), random) : m.text());
      types.add(m.sectionType());
      if (roll == 19) {
        texts.add(measureText(random)); // added
        types.add(m.sectionType());
      }
    }
    for (int k = 0; k < 3 && texts.size() > 2; k++) { // moved
      int from = random.nextInt(texts.size());
      int to = random.nextInt(texts.size());
      texts.add(to, texts.remove(from));
      types.add(to, types.remove(from));
    }
    List<Measure> list = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) list.add(measure(id, i + 1, types.get(i), texts.get(i)));
    return plan(id, a.year() + 1, XIHU, list);
  }
}
