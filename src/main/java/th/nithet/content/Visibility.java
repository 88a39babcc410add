package th.nithet.content;

/** Who may read an item: everyone (also visitors), signed-in members, or staff (supervisors and administrators). */
public enum Visibility {
    PUBLIC, MEMBERS, STAFF
}
