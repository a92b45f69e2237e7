package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitedTitleTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2099年教育怎么干？3月1日，《某部2099年工作要点》发布，一起来看 | 某部2099年工作要点
          根据《某省教育事业发展规划》，结合我县实际，制定本计划。 | ''
          1月22日，某省委高校工委、某省教育厅向全省教育系统发出《关于印发2099年工作要点的通知》(某高工办〔2099〕1号)。 | 关于印发2099年工作要点的通知
          1月22日，某省教育廳向全省教育系統發出《關于印發2099年工作要點的通知》。 | 關于印發2099年工作要點的通知
          根据《关于印发某省教育规划的通知》精神，制定本计划。 | ''
          """)
  void readsTheTitleANewsLeadCites(String line, String title) {
    assertEquals(title, CitedTitle.in(List.of(line)).orElse(""));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          关于印发2099年工作要点的通知 | 现将《某某县教育局2099年工作要点》印发给你们，请结合实际，认真贯彻落实。 | 某某县教育局2099年工作要点
          督导评估规划实施细则 | 经市政府同意，现将《某某市推进县域义务教育优质均衡发展督导评估规划实施细则》印发给你们 | 某某市推进县域义务教育优质均衡发展督导评估规划实施细则
          發展規劃 | 《某某城市帶職業教育發展規劃(2098—2102年)》業經省人民政府同意，現印發給你們，請認真貫徹執行。 | 某某城市帶職業教育發展規劃(2098—2102年)
          行动计划 | 现将《某省教育信息化十年发展行动计划(2099—2108年)》(以下简称《行动计划》)，现印发给你们 | 某省教育信息化十年发展行动计划(2099—2108年)
          某某县教育局2099年工作要点 | 现将《某某县教育局2099年工作要点》印发给你们 | ''
          2099年工作要点 | 现将《某某县2099年政府信息公开年度报告》印发给你们 | ''
          一、指导思想 | 现将《某某县一、指导思想汇编》印发给你们 | ''
          2099年工作要点 | 根据《某某县教育局2099年工作要点》，结合我校实际，制定本计划。 | ''
          """)
  void aNoticeNamesThePlanInFullWhenTheTitleIsPartOfTheName(String title, String line, String full) {
    assertEquals(full, CitedTitle.handedOver(title, List.of("通知", line)).orElse(""));
  }
}
