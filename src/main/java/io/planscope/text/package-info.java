/** Text normalization shared by every stage: traditional to simplified folding, width folding, Word artifacts. */
package io.planscope.text;
