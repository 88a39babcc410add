package th.nithet;

import java.lang.reflect.Field;

/** For unit tests of the rules in the model: gives an entity the id the database would have given it. */
public final class Entities {

    private Entities() {
    }

    public static <T> T withId(T entity, long id) {
        for (Class<?> c = entity.getClass(); c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // declared higher up (a content item's id is ContentItem's)
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
