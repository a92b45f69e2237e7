package io.planscope.plan;

/** How a plan's title reads in text output: a plan whose page gives no title (it has "") shows as 无标题. */
public final class PlanTitle {
  /** What a plan without a title is called on screen and in the CLI. */
  public static final String UNTITLED = "无标题";

  private PlanTitle() {}

  /** The title, or {@value #UNTITLED} when it is null or blank. */
  public static String shown(String title) {
    return title == null || title.isBlank() ? UNTITLED : title;
  }
}
