package io.planscope.search;

import io.planscope.index.PlanIndex;
import io.planscope.ingest.Ingestor;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Real-looking plans written for the tests (not copied from any page). */
public final class TestPlans {
  private TestPlans() {}

  record M(SectionType type, String heading, String text, List<String> topics, List<String> lead) {
    M(SectionType type, String heading, String text, List<String> topics) {
      this(type, heading, text, topics, List.of());
    }

    /** This measure led by the units (as a task table's 牵头单位 column would name them). */
    M ledBy(String... units) {
      return new M(type, heading, text, topics, List.of(units));
    }
  }

  static Plan plan(String id, String title, Integer year, Level level, Region region, String kind, M... measures) {
    return plan(id, title, year, level, region, "教育局", kind, measures);
  }

  static Plan plan(String id, String title, Integer year, Level level, Region region, String bureau, String kind,
      M... measures) {
    List<Measure> ms = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    int n = 0;
    for (M m : measures) {
      n++;
      String section = switch (m.type()) {
        case GOALS -> "二、工作目标";
        case TASKS -> "三、主要任务";
        case SAFEGUARDS -> "四、保障措施";
        default -> "一、指导思想";
      };
      String mid = id + "-m" + n;
      ms.add(new Measure(mid, m.type(), List.of(section), "（" + n + "）", m.heading(), m.text(), m.topics(),
          m.lead(), List.of(), null));
      sections.add(new Section(section, m.type(), List.of(), List.of(mid)));
    }
    return new Plan(id, title, year, Period.of(Period.ANNUAL, year), null, level, region, bureau, kind,
        "https://example.gov.cn/" + id + ".html", sections, ms);
  }

  static M goal(String text, String... topics) {
    return new M(SectionType.GOALS, null, text, List.of(topics));
  }

  static M task(String heading, String text, String... topics) {
    return new M(SectionType.TASKS, heading, text, List.of(topics));
  }

  static final Region HANGZHOU_XIHU = new Region("浙江省", "杭州市", "西湖区", "330106");
  static final Region NINGBO = new Region("浙江省", "宁波市", null, "330200");
  static final Region NANJING_GULOU = new Region("江苏省", "南京市", "鼓楼区", "320106");
  static final Region TAIPEI_STYLE = new Region("广东省", "广州市", "天河区", "440106");

  public static List<Plan> all() {
    return List.of(
        plan("p000000000001", "西湖区教育局2023年工作要点", 2023, Level.COUNTY, HANGZHOU_XIHU, "工作要点",
            goal("学前教育毛入园率达到98%以上，普惠性幼儿园覆盖率保持在90%以上。", "学前教育"),
            task("加强师德师风建设。", "加强师德师风建设。健全师德考核机制，加大对违反师德行为的查处力度。", "师德师风")
                .ledBy("区教育局人事科"),
            task("深化“双减”工作。", "深化“双减”工作，完善课后服务机制,加强作业管理，提高课后服务质量。", "双减")),
        plan("p000000000002", "宁波市教育局2022年工作计划", 2022, Level.CITY, NINGBO, "工作计划",
            goal("义务教育巩固率保持100%，高中阶段毛入学率达到99.5%。", "义务教育"),
            task("推进区域产业与职业教育融合。", "推进区域产业与职业教育融合发展，建设产教融合实训基地。", "职业教育"),
            task(null, "加强校园安全管理，落实安全责任制，开展防溺水专项教育。", "安全")),
        plan("p000000000003", "鼓楼区教育局2024年工作要点", 2024, Level.COUNTY, NANJING_GULOU, "工作要点",
            goal("学前三年毛入园率稳定在99%以上。", "学前教育"),
            task("落实“双减”。", "落实“双减”政策，规范校外培训机构，课后服务实现全覆盖。", "双减"),
            task(null, "加强教师队伍建设，实施名师培养工程，推进县管校聘改革。", "教师队伍")),
        plan("p000000000004", "天河區教育局2023年工作要點", 2023, Level.COUNTY, TAIPEI_STYLE, "工作要点",
            goal("學前教育毛入園率達到97%以上。", "学前教育"),
            task("加強師德師風建設。", "加強師德師風建設，健全師德考核機制，完善課後服務機制。", "师德师风")));
  }

  /**
   * {@link #all} and the plans the real ingestion parses from two fixtures with duties (a task table and a text plan
   * with inline 牵头单位), so every dimension, lead units among them, has values to count and filter on.
   */
  static List<Plan> withDuties() throws IOException {
    Path dir = Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest");
    List<Plan> plans = new ArrayList<>();
    Ingestor ingestor = new Ingestor();
    for (String name : List.of("task-table-county.html", "inline-duties.txt")) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      plans.addAll(ingestor.parse(new SourceDocument(bytes, name, name, null, Instant.EPOCH)).plans());
    }
    plans.addAll(all());
    // A province's department (教育厅, not 教育局), a year before the others, of another kind.
    plans.add(published(plan("p000000000005", "江苏省教育厅2019年职业教育工作方案", 2019, Level.PROVINCE,
        new Region("江苏省", null, null, "320000"), "教育厅", "工作方案",
        task("推进产教融合。", "推进产教融合，遴选省级产教融合型企业50家。", "职业教育").ledBy("省教育厅职业教育处")),
        "2019-03-02"));
    // An office named with its bureau (县教育局基教科), which lead:基教科 also finds.
    plans.add(published(plan("p000000000006", "桐庐县教育局2023年基础教育工作要点", 2023, Level.COUNTY,
        new Region("浙江省", "杭州市", "桐庐县", "330122"), "工作要点",
        task("推进学前教育普及普惠。", "新建公办幼儿园3所，普惠性幼儿园覆盖率达到92%。", "学前教育").ledBy("县教育局基教科")),
        "2023-02-20"));
    return plans;
  }

  /** The same plan with a publish date. */
  static Plan published(Plan p, String date) {
    return new Plan(p.id(), p.title(), p.year(), p.period(), date, p.level(), p.region(), p.bureau(), p.kind(),
        p.source(), p.sections(), p.measures());
  }

  /** The plans indexed in memory, each under its own source. */
  static PlanIndex index(List<Plan> plans) throws IOException {
    PlanIndex index = PlanIndex.inMemory();
    for (Plan p : plans) index.add(p, List.of(p.source() == null ? p.id() : p.source()), null);
    index.refresh();
    return index;
  }

  static PlanIndex index() throws IOException {
    PlanIndex index = PlanIndex.inMemory();
    for (Plan p : all()) index.add(p, List.of(p.source()), null);
    index.refresh();
    return index;
  }
}
