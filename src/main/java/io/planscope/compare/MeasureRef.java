package io.planscope.compare;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import io.planscope.plan.SectionType;

/**
 * A measure with the plan facts a comparison shows: who (region, level), when (year; the publish date as YYYY-MM-DD
 * when known, else null), where in its plan.
 */
public record MeasureRef(
    String measureId,
    String planId,
    String title,
    Region region,
    Integer year,
    String published,
    Level level,
    SectionType sectionType,
    String text) {}
