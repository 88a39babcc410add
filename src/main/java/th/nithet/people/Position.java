package th.nithet.people;

/** ตำแหน่ง: a person's position in the office or a school. Thai names are in the message bundles (position.X). */
public enum Position {
    AREA_DIRECTOR,
    DEPUTY_AREA_DIRECTOR,
    SUPERVISOR,
    SCHOOL_DIRECTOR,
    DEPUTY_SCHOOL_DIRECTOR,
    TEACHER,
    STAFF
}
