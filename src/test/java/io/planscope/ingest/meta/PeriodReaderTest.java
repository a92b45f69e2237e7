package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planscope.plan.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodReaderTest {
  private static PeriodReader.Dated read(String title, String... lines) {
    return PeriodReader.read(title, List.of(lines));
  }

  @Test
  void titleYearComesFirst() {
    PeriodReader.Dated d = read("2023年西湖区教育局工作计划", "2022年是全面落实规划的关键一年。");
    assertEquals(2023, d.year());
    assertEquals(Period.of(Period.ANNUAL, 2023), d.period());
  }

  @Test
  void openingSentenceGivesTheYearWhenTheTitleHasNone() {
    assertEquals(2024, read("县教育局工作要点", "2024年,全县教育工作以办好人民满意的教育为目标。").year());
    assertEquals(2022, read("教育局工作计划", "2022年是实施教育强县战略的攻坚之年。").year());
    assertEquals(2021, read("教育局工作计划", "一、指导思想", "特制定2021年度工作计划如下。").year());
  }

  @Test
  void maskedYearsGiveNoYear() {
    assertNull(read("20xx年教育局工作计划", "20xx年是深化改革的关键之年。").year());
    assertNull(read("教育局工作计划", "xx年,我县教育工作坚持稳中求进。").year());
    assertNull(read("20XX年县教育局工作要点").year());
  }

  @Test
  void aDateLineIsNotTheOpeningYear() {
    assertNull(read("教育局工作计划", "(2023年3月5日)", "为推进教育高质量发展,制定本计划。").year());
  }

  @Test
  void rangesAndFiveYearPlansAreMultiYear() {
    PeriodReader.Dated d = read("XX县教育事业发展规划(2021—2025年)");
    assertEquals(2021, d.year(), "dated by its first year");
    assertEquals(new Period(Period.MULTI_YEAR, 2021, 2025), d.period());
    assertEquals(new Period(Period.MULTI_YEAR, 2021, 2025), read("某市“十四五”教育发展规划").period());
    assertEquals(new Period(Period.MULTI_YEAR, 2023, 2025), read("教师队伍建设三年行动计划(2023-2025年)").period());
  }

  @Test
  void aFiveYearPlanTakesNoYearFromItsOpeningOrDocumentNumber() {
    PeriodReader.Dated d = read("某州“十三五”教育事业发展规划", "2095年以来,全州教育事业稳步发展。", "某发改规划〔2096〕9号");
    assertEquals(2016, d.year(), "the span's first year, not the opening's or the document number's");
    assertEquals(new Period(Period.MULTI_YEAR, 2016, 2020), d.period());
  }

  @Test
  void anOpeningYearBeforeTheFileWasIssuedLooksBack() {
    List<String> lines = List.of("为推进我省义务教育均衡发展，现提出如下意见：", "一、充分认识重要性", "2098年，我省两基工作通过验收。");
    assertNull(PeriodReader.read("", lines, true, 2099).year(), "a look back, not the plan's year");
    assertEquals(2098, PeriodReader.read("", lines, true, 0).year(), "no document number: the opening's year");
    assertEquals(2099, PeriodReader.read("", List.of("2099年，全县教育工作…"), true, 2099).year());
  }

  @Test
  void schoolYearIsOneYear() {
    PeriodReader.Dated d = read("2023-2024学年度第一学期教育局工作计划");
    assertEquals(Period.of(Period.ANNUAL, 2023), d.period());
    assertEquals(2023, read("2022-2023学年第二学期德育工作计划").year()); // the spring term is in 2023
  }

  @Test
  void aSchoolYearNamedByItsFirstYearPutsItsSecondTermInTheNext() {
    assertEquals(2098, read("区教育局2098学年度第一学期工作计划").year());
    assertEquals(2099, read("区教育局2098学年度第二学期工作计划").year()); // spring 2099
    assertEquals(2099, read("某县教育局2098学年第二学期教学工作要点").year());
    assertEquals(2099, read("2099年春季学期教育局工作计划").year()); // a calendar year stays
  }

  @Test
  void halvesFromTitleOrOpening() {
    assertEquals(Period.of(Period.FIRST_HALF, 2023), read("2023年上半年教育工作要点").period());
    assertEquals(Period.of(Period.SECOND_HALF, 2022), read("区教育局下半年工作方案", "2022年下半年,区教育局将…").period());
    assertEquals(Period.of(Period.SECOND_HALF, 2021), read("教育局工作安排", "2021年下半年,全区教育工作…").period());
  }

  @Test
  void chineseNumeralYearInTitle() {
    assertEquals(2023, read("二〇二三年县教育局工作要点").year());
  }

  @Test
  void noClueGivesNullYearAndAnnual() {
    PeriodReader.Dated d = read("教育局工作计划", "为全面贯彻党的教育方针,制定本计划。");
    assertNull(d.year());
    assertEquals(Period.of(Period.ANNUAL, null), d.period());
  }

  @Test
  void summaryPlusPlanIsForTheYearItPlans() {
    assertEquals(2025, read("2024年工作总结及2025年工作计划").year());
    assertEquals(2025, read("县教育局2024年工作总结和2025年工作打算").year());
    assertEquals(2025, read("2024年教育工作总结暨2025年工作思路", "2024年,全县教育系统…").year());
    assertEquals(2024, read("2024年教育工作总结").year()); // a summary alone keeps its year
    // no year on the plan part: the year after the one looked back on
    assertEquals(2099, read("某局2098年工作总结及来年工作计划", "2098年是不平凡的一年。").year());
    assertEquals(2099, read("教育局2098年度工作总结和明年工作打算").year());
    assertEquals(2098, read("教育局2098年工作总结及计划").year()); // nothing says the plan is for the next year
    // the plan part's half, not the look back's
    assertEquals(Period.of(Period.SECOND_HALF, 2099), read("教育局2099年度上半年工作总结及下半年工作计划").period());
  }

  @Test
  void aPlanPartWithoutAYearTakesItsHeadingsYearOrTheNextPeriod() {
    String[] text = {"一、2098年工作回顾", "(一)办学条件持续改善。", "二、2099年工作打算", "(一)推进优质均衡。"};
    assertEquals(2099, read("县教育局2098年工作总结及下一步工作打算", text).year());
    assertEquals(2099, read("关于教育工作总结和教育工作计划的报告", text).year()); // no year in the title at all
    assertEquals(2099, read("县教育局2098年工作总结及下一步工作打算", "一、工作成效", "(一)强化党建。").year());
    assertEquals(
        Period.of(Period.SECOND_HALF, 2098),
        read("县教育局2098年上半年工作总结及下一步工作计划", "一、上半年工作成效").period());
    // a heading that looks back is not the plan's
    assertNull(read("教育局工作总结及计划", "一、2098年工作目标完成情况", "二、存在的问题").year());
    assertEquals(2098, read("教育局2098年工作总结及计划", "一、2098年工作目标完成情况").year());
  }

  @Test
  void theOpeningOutranksAPageTitle() {
    // a farm titled "2024年教育局工作计划" carrying a plan whose opening says 2022
    List<String> opening = List.of("2022年,全县教育工作以办好人民满意的教育为目标。", "一、指导思想");
    assertEquals(2022, PeriodReader.read("2024年教育局工作计划", opening, false).year());
    assertEquals(2024, PeriodReader.read("2024年教育局工作计划", opening, true).year());
    assertEquals(2023, PeriodReader.read("2024年教育局工作计划", List.of("2023年是全面贯彻…的开局之年。"), false).year());
    // nothing in the opening: the page title's year is still better than none
    assertEquals(2024, PeriodReader.read("2024年教育局工作计划", List.of("一、指导思想"), false).year());
  }

  @Test
  void aLookBackHeadingInTheOpeningDatesTheSummaryNotThePlan() {
    assertEquals(2099, read("", "现将我局工作汇报如下:", "一、2098年度工作回顾与主要成效", "2099年,全县教育工作…").year());
    assertEquals(2099, read("2098年主要工作完成情况以及2099年重点工作计划").year());
    assertEquals(2099, read("教育局工作计划", "现将2098年工作总结和2099年工作计划报告如下:", "一、工作回顾").year());
  }

  @Test
  void brokenQuotesBetweenTheYearAndNianAreReadThrough() {
    assertEquals(2099, read("", "2099“”“”年,全县教育工作要以立德树人为根本任务。").year());
  }

  @Test
  void aFarmsSummaryPlusPlanTitleKeepsThePlansYearOverTheLookBack() {
    List<String> opening = List.of("2098年，在县委、县政府的领导下，全县教育事业稳中提升。");
    assertEquals(2099, PeriodReader.read("某县教育局2098年工作情况及2099年工作思路", opening, false).year());
  }
  @Test
  void aTitleLedByABareYearIsForThatYear() {
    assertEquals(2098, read("2098未成年人思想道德建设实施方案", "是我市文明创建提升年。").year());
    assertEquals(2099, read("2099县教研室工作参考计划").year());
    assertNull(read("2099届毕业班工作计划").year(), "a graduating class, not a year");
  }

  @Test
  void aSummaryCalledXiaojieLooksBackToo() {
    assertEquals(2099, read("区教育局基建科2098年工作小结和2099年工作计划", "2098年，我们紧紧围绕…。").year());
  }

  @Test
  void anUntitledFiveYearPlanOpeningWithItsSpanIsDatedByIt() {
    PeriodReader.Dated d = read("", "“十四五”时期，是我国迈进的关键时期，为推进我县教育事业发展，依据《某县规划编制方案》，制定本规划。");
    assertEquals(2021, d.year());
    assertEquals(new Period(Period.MULTI_YEAR, 2021, 2025), d.period());
    assertNull(read("", "“十四五”时期，我县学校布局不断优化。").year(), "a look back, no plan of the span");
    assertNull(read("", "为推进某区教育现代化，特制定本规划。", "一、规划背景", "“十二五”期间，在区委的领导下，某区教育稳步发展。").year(), "期间 looks back");
    assertEquals(2021, read("", "为加快推进某阳教育现代化，根据《某省规划》，特制定本规划。", "一、“十四五”教育事业发展基础和形势").year());
  }

  @Test
  void anUntitledPlansPurposeSentenceNamingOneYearDatesIt() {
    String addressees = "各市(州)教育局，各高等学校：";
    assertEquals(
        2099,
        read("", addressees, "为落实省委2099年攻坚行动令，组织开展好2099年全省教育帮扶“春季攻势”，现提出如下意见。").year());
    assertNull(read("", addressees, "根据《某市2099年招生工作意见》(某教发〔2099〕1号)，制定本方案。").year(), "only a cited title's year");
    assertNull(read("", "为总结2098年经验，部署2099年工作，现提出如下意见。").year(), "two years: no telling");
    assertNull(read("", "“十四五”时期要建设高质量教育体系，到2099年建成教育强国，现提出如下实施方案。").year(), "a target");
    assertEquals(2099, read("2099年某县招生工作方案", "为总结2098年经验，制定本方案。").year(), "the title first");
  }
}
