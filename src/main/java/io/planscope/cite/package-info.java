/** Citations of plans and measures: the issuer, the title, the dates and the source URL, as text, RIS and CSL-JSON. */
package io.planscope.cite;
