package th.nithet.organisation;

import th.nithet.Entities;

/** Learning areas for unit tests of the rules in the model: as the database would give them, with an id. */
public final class Areas {

    private Areas() {
    }

    public static LearningArea area(long id, String code, String nameTh) {
        return Entities.withId(new LearningArea(code, nameTh, code, (int) id), id);
    }
}
