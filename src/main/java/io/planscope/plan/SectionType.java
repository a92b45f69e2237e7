package io.planscope.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The role of a plan's top-level section. Measures inherit the type of the top-level section they stand in. The
 * heading rules that assign a type live in one documented table in the ingest package. The labels here are the only
 * ones: facets, {@code GET /api/schema} and the web front end all show these.
 */
public enum SectionType implements Labelled {
  /** Text before the first heading: the opening paragraph(s). */
  PREAMBLE("前言", "Preamble"),
  /** 指导思想, 总体要求, 工作思路. */
  GUIDING("指导思想", "Guiding"),
  /** 工作目标, 总体目标, 具体目标. */
  GOALS("工作目标", "Goals"),
  /** 主要任务, 重点工作, 工作重点, 主要工作 and any topical heading. */
  TASKS("主要任务", "Tasks"),
  /** 保障措施, 工作要求, 工作措施, 组织领导, 实施保障. */
  SAFEGUARDS("保障措施", "Safeguards"),
  /** 工作安排, 进度, month schedules. */
  SCHEDULE("工作安排", "Schedule"),
  /**
   * The look back of a summary-plus-plan page ("一、2024年工作回顾", "取得的成绩", "存在的问题"): what was done, not
   * what is planned, so a search can leave it out ({@code -section:review}) or ask for it alone.
   */
  REVIEW("回顾总结", "Review"),
  OTHER("其他", "Other");

  private final DisplayName label;

  SectionType(String zh, String en) {
    this.label = new DisplayName(zh, en);
  }

  @Override
  public DisplayName label() {
    return label;
  }

  /** The lower-case id used in JSON, URLs and the query language ({@code section:goals}). */
  @Override
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an id; throws with the accepted values when it is not one. */
  @JsonCreator
  public static SectionType of(String id) {
    for (SectionType type : values()) {
      if (type.id().equalsIgnoreCase(id.strip())) return type;
    }
    throw new IllegalArgumentException(
        "unknown section type '"
            + id
            + "'; use one of preamble, guiding, goals, tasks, safeguards, schedule, review, other");
  }
}
