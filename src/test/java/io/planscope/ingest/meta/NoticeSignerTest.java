package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.text.Fold;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeSignerTest {
  private static Optional<String> signer(String... lines) {
    return NoticeSigner.of(List.of(lines).stream().map(Fold::normalize).toList());
  }

  @Test
  void theBodyBelowTheHandOverSignedIt() {
    assertEquals(
        Optional.of("嘉兴市人民政府教育督导室"),
        signer(
            "各县(市、区)教育局、政府教育督导室:",
            "现将《2099年教育督导工作要点》印发给你们,请结合实际贯彻执行。",
            "",
            "嘉兴市人民政府教育督导室",
            "2099年2月19日",
            "2099年教育督导工作要点"));
    assertEquals(
        Optional.of("某省教育厅"),
        signer("现将《2099年语言文字工作要点》印发给你们。", "附件:2099年语言文字工作要点", "某省教育厅", "2099年4月25日"));
  }

  @Test
  void aRunOnPageSignsRightBeforeTheDate() {
    assertEquals(
        Optional.of("某阳县教育局"),
        signer(
            "1、- 1 -某教发20991 号关于印发2099 年全县教育工作要点的通知各中小学、幼儿园:2099 年全县教育工作要点经局长"
                + "办公会议讨论通过,现印发给你们。各单位要结合实际,狠抓落实。某阳县教育局 2099 年 3 月 30 日 - 2 -2099 年"
                + "全县教育工作要点2099 年全县教育工作总体要求是:…"));
  }

  @Test
  void noSignatureRightBelowOrAForwardedPlanNamesNoSigner() {
    // the plan starts right below the hand-over: no signature there
    assertEquals(Optional.empty(), signer("现将《2099年工作要点》印发给你们,请认真贯彻落实。", "一、总体要求", "某县教育局"));
    // a county forwarding the city's plan signs as the forwarder, not as the plan's issuer
    assertEquals(
        Optional.empty(), signer("现将《某市教育局2099年工作要点》转发给你们,并印发给各校。", "某县教育局", "2099年3月1日"));
    assertEquals(Optional.empty(), signer("一、总体要求", "(一)深化改革。"));
  }
}
