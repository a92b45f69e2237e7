package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans as the store writes and reads them, with the measure fields added later (lead, partners, deadline). */
class StoredPlanJsonTest {
  private static Plan plan() {
    Plan p = TestPlans.plan("某县教育局2025年工作要点\n推进集团化办学\n加强教师培训", "test://plan.txt");
    List<Measure> ms = new ArrayList<>(p.measures());
    Measure m = ms.get(0);
    ms.set(0, new Measure(m.id(), m.sectionType(), m.path(), m.label(), m.heading(), m.text(), m.topics(),
        List.of("基教科"), List.of("各学校", "教研室"), "2025年12月"));
    return new Plan(p.id(), p.title(), p.year(), p.period(), p.published(), p.level(), p.region(), p.bureau(),
        p.kind(), p.source(), p.sections(), ms);
  }

  @Test
  void roundTripsTheNewMeasureFields() throws Exception {
    Plan p = plan();
    Plan back = DocumentStore.JSON.readValue(DocumentStore.JSON.writeValueAsBytes(p), Plan.class);
    assertEquals(p, back);
    assertEquals(List.of("基教科"), back.measures().get(0).lead());
    assertEquals("2025年12月", back.measures().get(0).deadline());
  }

  @Test
  void readsAPlanStoredBeforeTheFieldsExisted() throws Exception {
    JsonNode tree = DocumentStore.JSON.valueToTree(plan());
    for (JsonNode m : tree.get("measures")) ((ObjectNode) m).remove(List.of("lead", "partners", "deadline"));
    Plan old = DocumentStore.JSON.treeToValue(tree, Plan.class);
    Measure m = old.measures().get(0);
    assertEquals(List.of(), m.lead());
    assertEquals(List.of(), m.partners());
    assertNull(m.deadline());
    assertEquals(plan().measures().get(0).text(), m.text());
  }
}
