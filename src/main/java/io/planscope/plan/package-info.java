/** The domain records every stage shares: Plan, Section, Measure, Region and their enums; no dependencies on other packages. */
package io.planscope.plan;
