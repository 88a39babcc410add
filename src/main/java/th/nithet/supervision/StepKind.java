package th.nithet.supervision;

/** The steps of coaching (Coaching &amp; Monitoring) as the record lists them. */
public enum StepKind {
    /** วางแผน: what the visit or observation will look at. */
    PLAN,
    /** สังเกตการสอน / สิ่งที่พบ: what was observed. */
    OBSERVATION,
    /** ข้อเสนอแนะ: the supervisor's feedback. */
    FEEDBACK,
    /** ข้อตกลง / สิ่งที่จะดำเนินการ: an action agreed, with a due date. */
    ACTION,
    /** ติดตามผล: what came of it. */
    FOLLOW_UP
}
