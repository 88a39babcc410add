package th.nithet.platform.web;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service that a view-scoped page bean calls, held by its type alone.
 * <p>
 * A view-scoped bean lives in the person's session, and with several instances (#16) Payara reads the whole session
 * back from the data grid and writes it again at every request, with a container look-up for every object it writes.
 * An injected EJB reference is written as Weld's serialised proxy, eight objects that are resolved through the EJB
 * container again when read: the 15 kept views of an article page held 600 such objects, the largest part of a
 * signed-in reader's session (docs/benchmarks.md, "fifth look"). This is written as one object and its class.
 * <p>
 * Only services that are the same for every caller may be held so (stateless or singleton EJBs, application-scoped
 * beans): their reference is looked up once per type for the whole application and shared by all page beans. A page
 * view makes a new page bean, and {@code CDI.current().select(type).get()} for each of its services was 7 % of a
 * signed-in article page's time (docs/benchmarks.md, "sixth look").
 *
 * @param <T> the service's bean type (a stateless or singleton EJB, or an application-scoped bean)
 */
public final class SessionSafe<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One reference per service type for this deployment (the class is the WAR's, so a new deployment starts empty). */
    private static final Map<Class<?>, Object> SHARED = new ConcurrentHashMap<>();

    private final Class<T> type;

    private SessionSafe(Class<T> type) {
        this.type = type;
    }

    /** @throws IllegalArgumentException when {@code type} keeps anything of its own per caller (see the class comment) */
    public static <T> SessionSafe<T> of(Class<T> type) {
        if (!type.isAnnotationPresent(Stateless.class) && !type.isAnnotationPresent(Singleton.class)
                && !type.isAnnotationPresent(ApplicationScoped.class)) {
            throw new IllegalArgumentException(type.getName() + " is not the same for every caller: inject it instead");
        }
        return new SessionSafe<>(type);
    }

    /** The service: the application's one reference to it, found on first use anywhere. */
    public T get() {
        return type.cast(SHARED.computeIfAbsent(type, wanted -> CDI.current().select(wanted).get()));
    }
}
