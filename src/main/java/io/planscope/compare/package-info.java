/** Similar measures, diffs of two texts and alignment of two plans. */
package io.planscope.compare;
