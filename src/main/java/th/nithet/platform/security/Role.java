package th.nithet.platform.security;

/** The three roles of the portal; their names are the group and role names the container sees. */
public enum Role {
    /** ผู้ดูแลระบบ / ผู้บริหารเขต: accounts, schools, indicators, statistics. */
    ADMIN,
    /** ศึกษานิเทศก์: news, answers, reviews, supervision threads. */
    SUPERVISOR,
    /** ครู, ผู้บริหารสถานศึกษา: asks, shares, takes part. */
    MEMBER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String MEMBER_NAME = "MEMBER";
}
