package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.text.Fold;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeWrapperTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          各县（市、区）教育局，市直各学校： | true
          市属各高校，各区教育局，局属各单位： | true
          省政府各部门、各直属机构： | true
          局机关各科室，各直属学校： | true
          会议要求各学校、各幼儿园： | false
          市属各高校要做好以下工作： | false
          现将《2099年教育工作要点》印发给你们，请结合实际认真贯彻落实。 | true
          某教发〔2099〕3号 | true
          各学校要做好以下工作： | false
          """)
  void aNoticesOwnLines(String line, boolean wrapper) {
    assertEquals(wrapper, NoticeWrapper.isWrapperLine(Fold.normalize(line)));
  }
}
