package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          粤府(2099)4号 | 广东省
          浙教发[2099]12号 | 浙江省
          宁教发(2099)3号 | ''
          为落实《某某决定》(国发(2099)19号)，现提出如下意见 | ''
          """)
  void readsTheProvinceADocumentNumberNames(String line, String province) {
    assertEquals(province, DocumentNumber.province(List.of(line)).orElse(""));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          某教发(2099)3号 | 2099
          (某政办[2098]12号) | 2098
          为落实《某某决定》(国发(2097)19号)，现提出如下意见 | 0
          """)
  void readsTheYearTheFileWasIssued(String line, int year) {
    assertEquals(year, DocumentNumber.year(List.of("时间:2099-10-24", line)));
  }
}
