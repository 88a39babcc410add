package th.nithet.honours;

/** The level an award was given at (ระดับรางวัล). */
public enum AwardLevel {
    /** ระดับโรงเรียน */
    SCHOOL,
    /** ระดับกลุ่มเครือข่าย */
    NETWORK,
    /** ระดับเขตพื้นที่การศึกษา */
    AREA,
    /** ระดับจังหวัด */
    PROVINCE,
    /** ระดับภาค */
    REGION,
    /** ระดับชาติ */
    NATIONAL,
    /** ระดับนานาชาติ */
    INTERNATIONAL
}
