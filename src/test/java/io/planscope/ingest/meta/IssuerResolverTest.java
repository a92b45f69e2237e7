package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuerResolverTest {
  private final IssuerResolver resolver = new IssuerResolver(RegionGazetteer.load());

  private Issuer resolve(String title, String... lines) {
    return resolver.resolve(Fold.normalize(title), List.of(lines).stream().map(Fold::normalize).toList());
  }

  @Test
  void titleWithFullChainGivesTheCounty() {
    Issuer i = resolve("杭州市西湖区教育局2023年工作计划", "一、指导思想");
    assertEquals(new Region("浙江省", "杭州市", "西湖区", "330106"), i.region());
    assertEquals(Level.COUNTY, i.level());
    assertEquals("教育局", i.bureau());
  }

  @Test
  void homonymInTitleIsResolvedByAParentInTheBody() {
    Issuer nanjing = resolve("鼓楼区教育局2023年工作要点", "坚持服务南京市发展大局。", "对标南京市教育现代化要求。");
    assertEquals("320106", nanjing.region().code());
    Issuer fuzhou = resolve("鼓楼区教育局2023年工作要点", "融入福州都市圈建设,办好家门口的好学校。");
    assertEquals(new Region("福建省", "福州市", "鼓楼区", "350102"), fuzhou.region());
  }

  @Test
  void homonymWithoutParentKeepsTheNameWithoutCode() {
    Issuer i = resolve("朝阳区教育委员会2024年工作要点", "全区教育系统要坚持稳中求进。");
    assertEquals(new Region(null, null, "朝阳区", null), i.region());
    assertEquals(Level.COUNTY, i.level());
    assertEquals("教委", i.bureau());
  }

  @Test
  void municipalityAndItsDistricts() {
    Issuer district = resolve("北京市朝阳区教育委员会2023年工作要点");
    assertEquals(new Region("北京市", null, "朝阳区", "110105"), district.region());
    assertEquals(Level.COUNTY, district.level());
    Issuer city = resolve("北京市教育委员会2024年工作要点", "全市教育系统…");
    assertEquals(new Region("北京市", null, null, "110000"), city.region());
    assertEquals(Level.PROVINCE, city.level());
  }

  @Test
  void aPlanOfCapitalEducationSpeakingOfTheWholeCityIsBeijings() {
    Issuer i = resolve("", "2099年全市教育工作的总体要求是:深化首都教育综合改革,推进首都教育现代化。", "一、加强党的建设");
    assertEquals(new Region("北京市", null, null, "110000"), i.region());
    assertEquals(Level.PROVINCE, i.level());
    Issuer other = resolve("", "2099年全市教育工作要坚持稳中求进,推动教育现代化。", "一、加强党的建设");
    assertEquals(Level.CITY, other.level(), "全市 alone is a city");
  }

  @Test
  void aPlanOfTheWholeRegionByAnAutonomousRegionsCommitteeIsProvinceLevel() {
    Issuer named = resolve("", "全区教育工作要深入贯彻自治区第十二次党代会精神,牢记嘱托建设壮美广西。", "一、加强党的建设");
    assertEquals(Level.PROVINCE, named.level());
    assertEquals("广西壮族自治区", named.region().province());
    Issuer unnamed = resolve("", "全区教育工作要认真落实自治区党委、自治区人民政府的部署。", "一、加强党的建设");
    assertEquals(Level.PROVINCE, unnamed.level());
    assertNull(unnamed.region().province(), "no region named");
    Issuer district = resolve("", "全区教育工作要认真落实区委、区政府的部署。", "一、加强党的建设");
    assertEquals(Level.COUNTY, district.level(), "a district's 全区");
  }

  @Test
  void countyUnderAPlaceholderCity() {
    Issuer i = resolve("仙桃市教育局2023年工作计划");
    assertEquals(new Region("湖北省", null, "仙桃市", "429004"), i.region());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void shortFormsInTitle() {
    assertEquals(new Region("浙江省", null, null, "330000"), resolve("浙江2023年教育工作要点").region());
    Issuer hangzhou = resolve("杭州2023年教育工作要点");
    assertEquals(new Region("浙江省", "杭州市", null, "330100"), hangzhou.region());
    assertEquals(Level.CITY, hangzhou.level());
  }

  @Test
  void twoCharacterCountyCountsInTitle() {
    Issuer i = resolve("沛县教育局2023年工作计划", "全县教育工作…");
    assertEquals(new Region("江苏省", "徐州市", "沛县", "320322"), i.region());
  }

  @Test
  void weakNamesInTheBodyDoNotMakeARegion() {
    Issuer i = resolve("教育局工作计划", "推动城乡和县域教育协调发展。", "促进城乡和县域学校结对。", "全县上下…");
    assertEquals(Region.NONE, i.region());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void weWordsSetTheLevelWithoutAName() {
    Issuer i = resolve("2024年教育工作要点", "2024年,全县教育工作坚持…", "我县将继续…", "全市统一部署下…");
    assertEquals(Level.COUNTY, i.level());
    assertEquals(Region.NONE, i.region());
  }

  @Test
  void aListOfLevelsNamesSuperiorsMeetingsNotThePlansArea() {
    // an autonomous region's "全区" listed after 全国 twice, the city's own "全市" once
    Issuer city =
        resolve("", "2099年是某某之年。", "全市教育工作的总体思路是：深入学习贯彻全国、全区教育大会精神。", "落实全国、全区教育大会部署。");
    assertEquals(Level.CITY, city.level());
    // a county plan citing its superiors' meetings
    Issuer county = resolve("", "贯彻全国、全省、全市教育大会精神，全县教育系统要…", "全县各校…");
    assertEquals(Level.COUNTY, county.level());
  }

  @Test
  void maskedNamesGiveTheLevelAndNoName() {
    Issuer county = resolve("XX县教育局2023年工作计划", "参照临近的临沂市经验。", "学习临沂市做法。");
    assertEquals(Level.COUNTY, county.level());
    assertEquals(Region.NONE, county.region());
    assertEquals("教育局", county.bureau());
    Issuer city = resolve("某市2025年教育工作要点", "2025年,XX市教育工作坚持以人民为中心。");
    assertEquals(Level.CITY, city.level());
    assertEquals(Region.NONE, city.region());
    assertNull(city.bureau());
    // the masked subject of the opening's second sentence, with no 全区 anywhere
    Issuer district =
        resolve("2099年教育工作要点", "2099年是某某规划的关键之年。xx区教育系统要以立德树人为根本，办好人民满意的教育。", "一、加强党建");
    assertEquals(Level.COUNTY, district.level());
    assertEquals(Region.NONE, district.region());
  }

  @Test
  void unnamedBureauInTitle() {
    Issuer i = resolve("区教育体育局下半年工作方案", "2023年下半年,区教体局将继续…");
    assertEquals(Level.COUNTY, i.level());
    assertEquals("教育体育局", i.bureau());
  }

  @Test
  void countyPlanPrefersItsOwnBureauOverItsSuperiors() {
    Issuer i =
        resolve(
            "2023年教育工作计划",
            "2023年,全县教育工作要认真落实湖南省教育厅的部署。",
            "按照常德市教育局要求,全县开展课后服务。",
            "积极争取省教育厅、市教育局支持。",
            "全县各校要…",
            "桃源县教育局",
            "2023年1月10日");
    assertEquals(new Region("湖南省", "常德市", "桃源县", "430725"), i.region());
    assertEquals(Level.COUNTY, i.level());
    assertEquals("教育局", i.bureau());
  }

  @Test
  void aProvinceMentionedInACountyPlanIsNotItsRegion() {
    Issuer i = resolve("教育局工作计划", "全县教育工作…", "学习湖南省督导评估方案。", "迎接湖南省评估验收。", "全县各校…");
    assertEquals(Region.NONE, i.region());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aSingleBodyMentionIsNotEnough() {
    assertEquals(Region.NONE, resolve("教育局工作计划", "全县教育工作…", "学习浙江省经验。").region());
  }

  @Test
  void districtsMentionedInACityPlanAreNotItsRegion() {
    Issuer i = resolve("教育局年度工作计划", "全市教育工作…", "完成黄岛区新校建设。", "推广黄岛区经验。", "全市各区市…");
    assertEquals(Region.NONE, i.region());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void aCityPlanNamingItsCityRepeatedlyIsThatCity() {
    Issuer i = resolve("教育局工作计划", "全市教育系统要…", "落实宁波市学前教育三年行动计划。", "建设宁波市智慧教育平台。");
    assertEquals(new Region("浙江省", "宁波市", null, "330200"), i.region());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void onlyQuanShiGivesACityOfUnknownName() {
    Issuer i = resolve("教育局工作计划", "全市教育工作坚持稳中求进。", "全市各校要…");
    assertEquals(Level.CITY, i.level());
    assertEquals(Region.NONE, i.region());
  }

  @Test
  void aProvincialSocietyInTheOpeningIsAPassingMention() {
    // "组织参加…省教育学会征文" once made a city plan a province plan
    Issuer i = resolve("2024年教育工作要点", "2024年,全市教育工作以立德树人为根本。", "组织参加浙江省教育学会年度征文活动。", "全市各校…");
    assertEquals(Level.CITY, i.level());
    assertEquals(Region.NONE, i.region());
  }

  @Test
  void aSuperiorBureauInTheOpeningDoesNotRaiseTheLevel() {
    Issuer i = resolve("教育工作计划", "认真落实省教育厅工作部署,全县教育系统…", "全县各校…");
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void unnamedDistrictBodiesAreCountyLevel() {
    assertEquals(Level.COUNTY, resolve("中共区委教育工委 区教育局2024年工作要点").level());
    assertEquals(Level.COUNTY, resolve("2023年工作计划", "2023年,县教体局将围绕优质均衡目标…").level());
    Issuer province = resolve("中共某某省委教育工委 某某省教育厅2024年工作要点");
    assertEquals(Level.PROVINCE, province.level());
    assertEquals("教育厅", province.bureau());
  }

  @Test
  void theAttributeBlockNamesTheIssuer() {
    Issuer i =
        resolver.resolve(
            "2024年教育工作要点",
            List.of("温州市教育局"),
            List.of("全市教育系统要…", "组织参加浙江省教育学会征文。", "全市各校…"));
    assertEquals(new Region("浙江省", "温州市", null, "330300"), i.region());
    assertEquals(Level.CITY, i.level());
    assertEquals("教育局", i.bureau());
  }

  @Test
  void provinceAndMinistry() {
    Issuer province = resolve("浙江省教育厅2023年工作要点", "全省教育系统…");
    assertEquals(Level.PROVINCE, province.level());
    assertEquals("教育厅", province.bureau());
    Issuer unnamedDepartment = resolve("2023年教育厅工作要点");
    assertEquals(Level.PROVINCE, unnamedDepartment.level());
    Issuer ministry = resolve("教育部2023年工作要点", "全国教育系统…");
    assertEquals(Level.NATIONAL, ministry.level());
    assertEquals(Region.NONE, ministry.region());
    assertEquals("教育部", ministry.bureau());
  }

  @Test
  void theMinistrysOwnTitleIsNationalWhateverItsBodySaysOfCitiesAndProvinces() {
    Issuer i = resolve("教育部某司2099年工作要点", "指导各地做好全市、全县教育工作。", "推动全市中小学落实双减。", "全省统筹。");
    assertEquals(Level.NATIONAL, i.level());
    assertEquals(Region.NONE, i.region());
    // a 教育部门 title is a local department's
    assertEquals(Level.COUNTY, resolve("教育部门2099年工作计划", "全县教育系统…", "全县学校…").level());
  }

  @Test
  void nationalFromRepeatedQuanGuoOnly() {
    Issuer i = resolve("年度工作要点", "全国教育系统要…", "做好全国教育大会筹备。", "面向全国推广。");
    assertEquals(Level.NATIONAL, i.level());
  }

  @Test
  void ministryMentionInACountyPlanIsNotItsBureau() {
    Issuer i = resolve("教育工作计划", "全县认真落实教育部部署。", "全县教育部门要…", "县教育局牵头。");
    assertEquals("教育局", i.bureau());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aCountyStemNamesAPlanThatSaysNothingElseOfItsLevel() {
    Issuer own = resolve("教育局基础教育科工作计划", "一、指导思想", "全面完成桐庐教育事业发展规划提出的目标任务。");
    assertEquals("330122", own.region().code());
    assertEquals(Level.COUNTY, own.level());
    // a journal's name is no such stem
    assertEquals(Region.NONE, resolve("教育局办公室工作计划", "一、加强宣传", "办好《桐庐教育》电子版。").region());
  }

  @Test
  void aRankInTheCityIsSaidByADistrict() {
    Issuer i =
        resolve(
            "教育局2099年工作计划",
            "2098年，区教育局考核连续三年保持全市第一，位居全市前列。",
            "全区教育系统要巩固成果。",
            "全市率先建成智慧校园。");
    assertEquals(Level.COUNTY, i.level());
    // a city that ranks itself in the province twice still speaks of 全市 as its own
    assertEquals(
        Level.CITY,
        resolve("教育局2099年工作计划", "全市教育系统要全面提升质量。", "在全省率先建成智慧校园，争创全省第一。").level());
  }

  @Test
  void bureauVariantsAreNormalized() {
    assertEquals("教育体育局", resolve("XX县教体局2023年工作要点").bureau());
    assertEquals("教育体育局", resolve("XX县教育和体育局2023年工作要点").bureau());
    assertEquals("教委", resolve("XX区教育委员会2023年工作要点").bureau());
    Issuer culture = resolve("县教文体局2099年工作计划", "一、教育工作");
    assertEquals("教育体育局", culture.bureau());
    assertEquals(Level.COUNTY, culture.level()); // an unnamed county bureau, though it also runs culture
    assertEquals("教育体育局", resolve("某某县教科体局2099年工作要点").bureau());
    assertEquals("教育局", resolve("某某县教育科技局2099年工作要点").bureau());
    assertEquals(Level.COUNTY, resolve("区教科局2099年工作计划", "一、指导思想").level());
    assertNull(resolve("2023年工作要点", "全县教育系统…").bureau());
  }

  @Test
  void traditionalInputFoldedByTheCallerResolves() {
    Issuer i = resolve("杭州市西湖區教育局2023年工作計劃", "全區教育系統…");
    assertEquals("330106", i.region().code());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void weakNameInsideAWordIsNotABureauPlace() {
    Issuer i = resolve("教育工作计划", "全县要最大化教育资源效益。", "实现资源最大化教育局统筹。", "全县各校…");
    assertEquals(Region.NONE, i.region());
  }

  @Test
  void weWordInTheTitleSetsTheLevel() {
    assertEquals(Level.COUNTY, resolve("全县教育系统2023年工作要点").level());
  }

  @Test
  void autonomousPrefectureByShortFormAndBanner() {
    Issuer yanbian = resolve("延边州教育局2023年工作要点");
    assertEquals(new Region("吉林省", "延边朝鲜族自治州", null, "222400"), yanbian.region());
    assertEquals(Level.CITY, yanbian.level());
    Issuer banner = resolve("内蒙古自治区鄂尔多斯市达拉特旗教育体育局2023年工作要点");
    assertEquals("150621", banner.region().code());
    assertEquals(Level.COUNTY, banner.level());
  }

  @Test
  void prefectureLevelCityWithoutCountiesIsACity() {
    Issuer i = resolve("东莞市教育局2023年工作要点");
    assertEquals(new Region("广东省", "东莞市", null, "441900"), i.region());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void aSuperiorInACutOffClosingSentenceIsAPassingMention() {
    // a page cut off mid-plan: its last line is a sentence, not a signature
    Issuer i = resolve("教育局教育工作计划", "年教育工作要坚持立德树人。", "一、推进改革", "1、启动规划编制。在市教委的统一部署下,认真总结经验。");
    assertEquals(Level.UNKNOWN, i.level());
    assertEquals(Level.COUNTY, resolve("2099年教育工作要点", "一、推进改革", "1、…", "某某县教育局").level());
  }

  @Test
  void onlyTheFirstSentenceOfARunOnOpeningLineSpeaksForTheIssuer() {
    String runOn = "教育体育局教育工作方案 年教育工作要坚持立德树人。 1、在市教委的统一部署下,组织学习活动。";
    assertEquals(Level.UNKNOWN, resolve("教育体育局教育工作方案", runOn).level());
  }

  @Test
  void aCityNamedOnlyAsTheFactsThePlanFitsIsTheIssuer() {
    Issuer i = resolve("关于加强学校美育工作的实施意见", "为落实上级部署,结合杭州实际,现提出如下意见。", "一、总体要求");
    assertEquals("杭州市", i.region().city());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void aDistrictNamedByItsStemBeforeEducationTwiceIsTheIssuer() {
    Issuer i =
        resolve("关于建设教育强区的实施方案", "按照福州市部署,推动全区教育发展,实现台江教育优质均衡。", "一、推进台江教育治理现代化");
    assertEquals(new Region("福建省", "福州市", "台江区", "350103"), i.region());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aStemBeforeEducationOnceIsNoIssuer() {
    assertNull(resolve("教育工作方案", "推进台江教育优质均衡。", "一、总体要求").region().code());
  }

  @Test
  void aDistrictCitingItsOwnRulesIsTheIssuerWhenNothingElseTells() {
    Issuer i = resolve("教育局工作计划", "一、强化考核", "依据《锦江区优质学校考核办法》,按学期考核。");
    assertEquals("锦江区", i.region().county());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void anAutonomousPrefectureCallsItselfByItsShortFormAndZhou() {
    Issuer i = resolve("黄南州“十五五”教育事业发展规划", "一、发展基础");
    assertEquals("黄南藏族自治州", i.region().city());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void quanShiInACountyLevelCityIsThatCity() {
    Issuer i =
        resolve(
            "教育局工作总结及工作计划",
            "全市教育工作稳步推进,寿光市教育质量提升。",
            "我市在潍坊市年度考核中获评优秀,寿光市职业教育获奖,潍坊市通报表扬。");
    assertEquals("寿光市", i.region().county());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void partyAndGovernmentOfTheAreaGiveTheLevelWithoutQuanXian() {
    Issuer i = resolve("2099年教育局工作要点", "在区委、区政府领导下,奋力打造教育强区,办好每一所学校。");
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aCountyPlanNamingItsStemOnceBeforeEducationNamesItself() {
    Issuer i = resolve("2099年教育局工作要点", "全区学校要办出特色。", "一、科学谋划东丽教育布局");
    assertEquals("东丽区", i.region().county());
  }

  @Test
  void quanZhouBeforeEducationIsNoCounty() {
    assertNull(resolve("教育工作方案", "全县推进。", "全州教育稳步发展,全州教育质量提高。").region().county());
  }

  @Test
  void aTitleOpeningWithGuojiaIsTheCountrysPlan() {
    assertEquals(Level.NATIONAL, resolve("国家教育事业发展“十九五”规划", "十九五时期是教育现代化的关键阶段。").level());
    assertEquals(Level.UNKNOWN, resolve("国家级示范校建设方案", "一、建设目标").level());
  }

  @Test
  void aCityCitingItsOwnBureausDocumentIsTheIssuer() {
    Issuer i =
        resolve(
            "",
            "2099年全市教育工作的总体要求是:坚持稳中求进,办好人民满意的教育。",
            "1.周密做好开学准备。印发《绍兴市教育局2099年秋季学期开学工作方案》,一校一策做好准备。");
    assertEquals(new Region("浙江省", "绍兴市", null, "330600"), i.region());
    assertEquals(Level.CITY, i.level());
    // the same document cited in a county's plan is its superior's
    Issuer county = resolve("", "全县教育系统坚持稳中求进。", "1.做好开学准备。落实《绍兴市教育局2099年秋季学期开学工作方案》。");
    assertNull(county.region().code());
  }

  @Test
  void aPlanNamingItsOwnTitleAfterTeZhidingNamesItsPlace() {
    Issuer i = resolve("", "为加快我县学前教育发展,结合实际,特制订《莘县学前教育三年行动计划》。", "一、指导思想");
    assertEquals("莘县", i.region().county());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void theAreasPartyCommitteeAndGovernmentNameACountyLevelCity() {
    Issuer i =
        resolve(
            "教育局工作计划",
            "一、指导思想",
            "认真落实诸暨市委、市政府《关于建设教育强市的意见》精神,推动全市教育均衡发展。");
    assertEquals("诸暨市", i.region().county());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aDistrictsFormerCityNameNamesTheDistrict() {
    Issuer i = resolve("教育局工作计划", "一、指导思想", "在萧山市委市政府的领导下,推动全市教育高质量发展。");
    assertEquals("330109", i.region().code());
    assertEquals("萧山市", i.region().county());
    assertEquals(Level.COUNTY, i.level());
  }

  @Test
  void aProvincesPlanNamedByALeadersVisit() {
    Issuer visit = resolve("", "2099年全省教育工作的总体要求是:深入贯彻总书记来黔考察重要讲话精神,为我省发展贡献力量。");
    assertEquals(new Region("贵州省", null, null, "520000"), visit.region());
    assertEquals(Level.PROVINCE, visit.level());
    Issuer named = resolve("", "2099年全省教育工作坚持以总书记考察调研湖南重要指示精神为指引,全省上下共同奋斗。");
    assertEquals("湖南省", named.region().province());
    Issuer instructions = resolve("", "全省深入学习总书记对江西工作的重要要求,推动全省教育高质量发展。");
    assertEquals("江西省", instructions.region().province());
  }

  @Test
  void aLeadersVisitInACitysPlanNamesNoCity() {
    Issuer i = resolve("", "2099年,全市教育工作深入贯彻来黔考察重要讲话精神,全市学校共同奋斗。");
    assertNull(i.region().code());
    assertEquals(Level.CITY, i.level());
  }

  @Test
  void aProvincesNicknameBeforeEducationIsThatProvince() {
    Issuer i = resolve("", "2099年全省教育工作的总体思路是:深化改革,为实现龙江教育现代化奠基。", "一、加强党的建设");
    assertEquals("黑龙江省", i.region().province());
    assertNull(i.region().county());
    Issuer hunan = resolve("", "全省教育系统要推动三湘教育高质量发展。", "一、加强党的建设");
    assertEquals("湖南省", hunan.region().province());
  }

  @Test
  void aWordEndingInAConjunctionBeforeEducationIsNoCountyStem() {
    // "水平和教育": 平和 is 平和县's stem, but here it ends the word 水平
    Issuer i = resolve("教体局工作计划", "全县加快提高师资水平和教育质量。", "一、加强队伍建设");
    assertNull(i.region().code());
    assertEquals(Level.COUNTY, i.level());
  }
  @Test
  void theCityAPlanServesIsItsOwn() {
    Issuer i = resolve("", "2099年全市教育工作总体要求:以新思想为指导,聚焦服务大连“两先区”建设,落实全市教育大会精神。", "一、加强党的领导");
    assertEquals(Level.CITY, i.level());
    assertEquals("大连市", i.region().city());
  }
  @Test
  void aCountysSlogansNameIt() {
    Issuer i = resolve("教育局2099年度安全工作计划", "在区委区政府的领导下,以建设“平安高港”为主线,扎实推进校园安全。", "为“强富美高”新高港建设创造安全环境。");
    assertEquals(Level.COUNTY, i.level());
    assertEquals("高港区", i.region().county());
    Issuer notAPlace = resolve("教育局2099年度安全工作计划", "全区学校持续推进“平安校园”建设,打造“书香城区”。");
    assertNull(notAPlace.region().county(), "校园 is no place, 城区 a word as often as a place");
  }

  @Test
  void aOneCharCountysFullNameBeforeJiaoyuNamesIt() {
    Issuer i = resolve("2099年县教育局工作计划", "一、提升质量", "推荐省级科技教育特色学校1所,打响房县教育品牌。");
    assertEquals("房县", i.region().county());
    assertNull(resolve("2099年县教育局工作计划", "缩小城乡差距,提高办学水平和县教育整体实力。").region().county(), "水平和: a word's end");
  }

  @Test
  void aTownshipOfTheCountyInACountyPlanNamesIt() {
    Issuer i = resolve("教育基建工作总结与2099年工作计划", "我县2098年度项目建设任务为新建颍上县某十镇某桥中学学生宿舍楼。", "在县委、县政府的正确领导下完成任务。");
    assertEquals(Level.COUNTY, i.level());
    assertEquals("颍上县", i.region().county());
  }

  @Test
  void aProvincesOwnWayAndAVariantCharNameIt() {
    Issuer i = resolve("", "各市(州)教育局,各高等学校,厅相关处室:", "为打赢全省教育脱贫攻坚战,现提出如下意见。", "不断提高“贵州特色”营养改善计划实施水平。");
    assertEquals(Level.PROVINCE, i.level());
    assertEquals("贵州省", i.region().province());
    assertEquals("陕西省", resolve("全面加强新时代陜西省学生心理健康工作专项行动计划", "结合我省工作实际,特制定本行动计划。").region().province());
  }
}
