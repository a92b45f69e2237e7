package io.planscope.plan;

/**
 * What ingestion extracts about a plan besides its structure.
 *
 * @param title the plan's title without site suffixes
 * @param year the year the plan is for (never the publish date); null for "20xx"
 * @param period the span it covers
 * @param published the publish date as YYYY-MM-DD, or null
 * @param level the bureau's level
 * @param region the bureau's region, {@link Region#NONE} when unknown
 * @param bureau 教育局, 教育体育局, 教育厅, 教委 or 教育部, or null
 * @param kind one of a closed vocabulary (工作要点, 工作计划, 工作方案, 实施方案, 工作意见, 工作安排, 发展规划), or null
 */
public record PlanMeta(
    String title,
    Integer year,
    Period period,
    String published,
    Level level,
    Region region,
    String bureau,
    String kind) {}
