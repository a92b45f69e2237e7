package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.text.Fold;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeHeadingTest {
  private static Optional<String> issuer(String title, String... lines) {
    return NoticeHeading.issuer(List.of(lines).stream().map(Fold::normalize).toList(), Fold.normalize(title));
  }

  @Test
  void theHeadingOfTheNoticeHandingThePlanOverNamesItsIssuer() {
    String[] page = {
      "某某市教育局关于印发《2099年教育工作要点》的通知",
      "各县（市、区）教育局，市直各学校：",
      "现将《2099年教育工作要点》印发给你们，请结合实际认真贯彻落实。",
      "2099年教育工作要点",
      "2099年是…之年。"
    };
    assertEquals(Optional.of("某某市教育局"), issuer("2099年教育工作要点", page));
    assertEquals(
        Optional.of("中共某某县委教育工委 某某县教育局"),
        issuer("2099年全县教育工作要点", "中共某某县委教育工委 某某县教育局关于印发2099年全县教育工作要点的通知"));
  }

  @Test
  void aForwardedPlanOrAnotherNoticeNamesNoIssuer() {
    // the forwarder is not the plan's issuer
    assertEquals(Optional.empty(), issuer("2099年工作要点", "某某市教育局关于转发《某某省教育厅2099年工作要点》的通知"));
    // a notice about something else on the page (a related link) does not hand this plan over
    assertEquals(
        Optional.empty(), issuer("2099年教育工作要点", "某某市教育局关于印发《2099年招生工作方案》的通知", "2099年教育工作要点"));
    // a notice of its own, not a wrapper
    assertEquals(Optional.empty(), issuer("2099年教育工作要点", "关于做好2099年春季开学工作的通知"));
  }
}
