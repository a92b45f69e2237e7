/**
 * The JSON mapping every adapter writes with: API responses, the CLI's {@code --json} output, golden files. Depends
 * on nothing in PlanScope, so the CLI need not reach into the web layer for it.
 */
package io.planscope.json;
