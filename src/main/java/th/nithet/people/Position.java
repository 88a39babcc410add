package th.nithet.people;

/** ตำแหน่ง: a person's position in the office or a school. Thai names are in the message bundles (position.X). */
public enum Position {
    AREA_DIRECTOR,
    DEPUTY_AREA_DIRECTOR,
    SUPERVISOR,
    SCHOOL_DIRECTOR,
    DEPUTY_SCHOOL_DIRECTOR,
    TEACHER,
    STAFF;

    /** The director and deputy directors of a school: they see what concerns their school (its supervisions). */
    public static final java.util.List<Position> SCHOOL_HEADS = java.util.List.of(SCHOOL_DIRECTOR, DEPUTY_SCHOOL_DIRECTOR);

    public boolean headsASchool() {
        return SCHOOL_HEADS.contains(this);
    }
}
