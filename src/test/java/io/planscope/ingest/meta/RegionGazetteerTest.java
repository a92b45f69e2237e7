package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionGazetteerTest {
  private final RegionGazetteer g = RegionGazetteer.load();

  @Test
  void holdsEveryRowOfChinaDivision() {
    long provinces = g.places().stream().filter(p -> p.level() == Level.PROVINCE).count();
    long cities = g.places().stream().filter(p -> p.level() == Level.CITY).count();
    long counties = g.places().stream().filter(p -> p.level() == Level.COUNTY).count();
    assertEquals(List.of(31L, 342L, 2978L), List.of(provinces, cities, counties));
  }

  /**
   * The corpus generator draws bureaus by index into this list, so its order must be the file's, the same in every
   * JVM run (an immutable map's iteration order is not: it made {@code gen} differ between runs for one seed).
   */
  @Test
  void listsPlacesInTheResourceFileOrder() throws Exception {
    List<String> codes;
    try (var in = RegionGazetteer.class.getResourceAsStream("regions.tsv")) {
      codes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.substring(0, l.indexOf('\t')))
          .toList();
    }
    assertEquals(codes, g.places().stream().map(Place::code).toList());
  }

  @Test
  void loadsOnce() {
    assertTrue(g == RegionGazetteer.load());
  }

  @Test
  void findsFullNamesAndShortForms() {
    assertEquals("33", g.expect("浙江").code());
    assertEquals("33", g.expect("浙江省").code());
    assertEquals("3301", g.expect("杭州").code());
    assertEquals("3301", g.expect("杭州市").code());
    assertEquals("15", g.expect("内蒙古").code());
    assertEquals("23", g.expect("黑龙江").code());
    assertEquals("45", g.expect("广西").code());
    assertEquals("2224", g.expect("延边").code());
    assertEquals("330782", g.expect("义乌市").code());
  }

  @Test
  void sharedShortFormMeansTheProvince() {
    assertEquals(Level.PROVINCE, g.expect("吉林").level());
    assertEquals(Level.CITY, g.expect("吉林市").level());
    assertEquals(Level.PROVINCE, g.expect("海南").level());
  }

  @Test
  void commonWordShortFormsAreNotNames() {
    assertNull(g.find("白银"));
    assertNull(g.find("来宾"));
    assertNull(g.find("中山"));
    assertEquals("甘肃省白银市", g.label(g.expect("白银市")));
  }

  @Test
  void homonymsAreAmbiguousAndTheMessageListsThem() {
    assertNull(g.find("鼓楼区"));
    assertEquals(4, g.all("鼓楼区").size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.expect("朝阳区"));
    assertTrue(e.getMessage().contains("'朝阳区' is ambiguous"), e.getMessage());
    assertTrue(e.getMessage().contains("北京市朝阳区 (110105)"), e.getMessage());
    assertTrue(e.getMessage().contains("吉林省长春市朝阳区 (220104)"), e.getMessage());
  }

  @Test
  void unknownNameThrowsQuotingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.expect("火星市"));
    assertTrue(e.getMessage().startsWith("no region named '火星市'"), e.getMessage());
    assertNull(g.find("火星市"));
  }

  @Test
  void placeholdersAreNeverNamed() {
    assertTrue(g.expectCode("1101").placeholder());
    assertTrue(g.expectCode("4290").placeholder());
    assertTrue(g.all("市辖区").isEmpty());
    assertTrue(g.all("省直辖县级行政区划").isEmpty());
    assertEquals(new Region("北京市", null, "朝阳区", "110105"), g.region(g.expectCode("110105")));
    assertEquals(new Region("湖北省", null, "仙桃市", "429004"), g.region(g.expect("仙桃市")));
    assertEquals(new Region("北京市", null, null, "110000"), g.region(g.expect("北京")));
  }

  @Test
  void regionCarriesNamesFromTheTopAndTheSixDigitCode() {
    assertEquals(new Region("浙江省", "杭州市", "西湖区", "330106"), g.region(g.expectCode("330106")));
    assertEquals(new Region("山东省", "青岛市", null, "370200"), g.region(g.expect("青岛")));
    assertEquals(Level.COUNTY, g.expect("义乌市").level()); // a county-level city counts as county
  }

  @Test
  void codesResolveInShortAndPaddedForm() {
    assertEquals("浙江省", g.expectCode("330000").name());
    assertEquals("杭州市", g.expectCode("330100").name());
    assertEquals("西湖区", g.expectCode("330106").name());
    assertNull(g.byCode("999999"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.expectCode("12x"));
    assertTrue(e.getMessage().contains("'12x'"));
  }

  @Test
  void mentionsAreLeftmostLongestAndNarrowedByTheParentBeforeThem() {
    List<RegionMention> m = g.mentions("浙江省杭州市西湖区教育局");
    assertEquals(List.of("浙江省", "杭州市", "西湖区"), m.stream().map(RegionMention::name).toList());
    assertEquals(List.of("330106"), m.get(2).places().stream().map(Place::code).toList());
    assertFalse(m.get(2).weak());
  }

  @Test
  void twoCharacterCountiesAreWeakUnlessAfterTheirParent() {
    List<RegionMention> alone = g.mentions("统筹城乡和县域教育发展");
    assertTrue(alone.stream().anyMatch(x -> x.name().equals("和县") && x.weak()));
    List<RegionMention> after = g.mentions("马鞍山市和县教育局");
    assertFalse(after.get(1).weak());
  }

  @Test
  void universitiesAndStreetsAreNotRegions() {
    assertTrue(g.mentions("与北京师范大学合作办学,地址南京路").isEmpty());
  }

  @Test
  void everydayPhrasesAreNotPlaces() {
    String text = "加强日常德育管理,确保定期开展活动,平安顺利,沟通化解矛盾,推广安全教育,建设平安阳光校园,幸福建设,传承德育传统,江北区域。";
    assertEquals(List.of(), g.mentions(text).stream().map(RegionMention::name).toList());
    assertEquals(
        List.of("常德", "福建省", "保定市"),
        g.mentions("常德教育,福建省外,保定市").stream().map(RegionMention::name).toList());
  }

  @Test
  void namesOfAPlaceAreItsLookupKeys() {
    assertEquals(List.of("杭州市", "杭州"), g.namesOf(g.expect("杭州市")));
    assertEquals(List.of("吉林市"), g.namesOf(g.expect("吉林市")));
    assertEquals(List.of("白银市"), g.namesOf(g.expect("白银市")));
    assertEquals(List.of("广西壮族自治区", "广西"), g.namesOf(g.expect("广西")));
  }

  @Test
  void aDistrictsFormerCityOrCountyNameMeansTheDistrict() {
    assertEquals("330109", g.find("萧山市").code());
    assertEquals("萧山市", g.find("萧山市").name());
    assertEquals("110118", g.find("密云县").code());
    assertEquals(List.of(), g.mentions("新建县城学校,新建市级示范园"));
    assertEquals("萧山市", g.mentions("落实萧山市委部署").get(0).name());
  }

  @Test
  void cityAfterAWordIsTheWordNotAFormerDistrictName() {
    // 江城区's former name 江城市 is no place in "沿江城市带" or "滨江城市群": there 城市 is the word city
    // (江城 alone, the short form of a two-character county, is a weak mention, never an issuer by itself)
    assertTrue(g.mentions("推动沿江城市带产业转移,建设滨江城市群").stream().allMatch(RegionMention::weak));
    assertEquals(List.of("江城市"), g.mentions("江城市教育局工作要点").stream().map(RegionMention::name).toList());
    assertEquals(
        List.of("阳江市", "江城市"), g.mentions("阳江市江城市教育局").stream().map(RegionMention::name).toList());
    assertEquals(List.of("江城市"), g.mentions("落实江城市委部署").stream().map(RegionMention::name).toList());
  }
}
