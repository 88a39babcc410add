package th.nithet.projects;

/** How a project stands in the office's plans: in the action plan, under an OBEC strategy, or special. */
public enum ProjectKind {
    /** โครงการตามแผนปฏิบัติการ */
    ACTION_PLAN,
    /** โครงการตามกลยุทธ์ สพฐ. */
    OBEC_STRATEGY,
    /** โครงการพิเศษ */
    SPECIAL
}
