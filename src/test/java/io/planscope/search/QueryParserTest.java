package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {
  @Test
  void parsesWordsPhrasesFiltersNegationOrAndGroups() {
    QueryNode n = QueryParser.parse("双减 \"课后服务\" -托管 (region:浙江 OR year:2021..2024)");
    assertEquals(new QueryNode.And(List.of(
        new QueryNode.Word("双减", 1),
        new QueryNode.Phrase("课后服务", 4),
        new QueryNode.Not(new QueryNode.Word("托管", 12)),
        new QueryNode.Or(List.of(new QueryNode.Filter("region", "浙江", 16),
            new QueryNode.Filter("year", "2021..2024", 29))))), n);
  }

  @Test
  void fullWidthPunctuationAndChineseQuotesWork() {
    assertEquals(new QueryNode.And(List.of(new QueryNode.Filter("section", "goals", 1),
        new QueryNode.Phrase("毛入园率", 15))), QueryParser.parse("section：goals “毛入园率”"));
    assertEquals(new QueryNode.Word("目标:提高", 1), QueryParser.parse("目标:提高"));
    assertEquals(new QueryNode.All(), QueryParser.parse("  "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "\"课后服务|1|quote is never closed",
    "双减 (课后|4|'(' is never closed",
    "双减)|3|unmatched ')'",
    "()|1|empty parentheses",
    ")|1|unmatched ')'",
    ") 双减|1|unmatched ')'",
    "OR 双减|1|OR needs a term on its left",
    "双减 OR|4|OR needs a term on its right",
    "- 双减|1|'-' must be followed",
    "colour:red|1|unknown field 'colour'",
    "year:20x|1|bad year '20x'",
    "year:2024..2021|1|runs backwards",
    "level:village|1|unknown level 'village'",
    "region:|1|needs a value",
    "\"，。\"|1|has no letters or digits",
  })
  void errorsSayWhatAndWhere(String query, int column, String message) {
    QueryException e = assertThrows(QueryException.class, () -> QueryCompiler.compile(query, java.util.Map.of()));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }
}
