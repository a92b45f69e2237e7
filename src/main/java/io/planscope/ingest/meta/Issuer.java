package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.Region;

/**
 * Who issued a plan: the bureau's region, its level and the bureau kind.
 *
 * @param region {@link Region#NONE} when no name is known (a masked "XX市" plan)
 * @param level {@link Level#UNKNOWN} when nothing tells
 * @param bureau 教育局, 教育体育局, 教育厅, 教委, 教育部, or null
 */
record Issuer(Region region, Level level, String bureau) {}
