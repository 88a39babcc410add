package th.nithet.practices;

/** The level a practice was done at (ระดับ). */
public enum SchoolLevel {
    /** ปฐมวัย */
    EARLY_CHILDHOOD,
    /** ประถมศึกษา */
    PRIMARY,
    /** มัธยมศึกษาตอนต้น */
    LOWER_SECONDARY,
    /** มัธยมศึกษาตอนปลาย */
    UPPER_SECONDARY
}
