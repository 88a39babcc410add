package th.nithet.platform.web;

import jakarta.enterprise.inject.spi.CDI;

import java.io.Serializable;

/**
 * A service that a view-scoped page bean calls, held by its type alone.
 * <p>
 * A view-scoped bean lives in the person's session, and with several instances (#16) Payara reads the whole session
 * back from the data grid and writes it again at every request, with a container look-up for every object it writes.
 * An injected EJB reference is written as Weld's serialised proxy, eight objects that are resolved through the EJB
 * container again when read: the 15 kept views of an article page held 600 such objects, the largest part of a
 * signed-in reader's session (docs/benchmarks.md, "fifth look"). This is written as one object and its class; the
 * service is found again, once, on the first call after the bean was copied.
 *
 * @param <T> the service's bean type (an EJB or a CDI bean)
 */
public final class SessionSafe<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient T service;

    private SessionSafe(Class<T> type) {
        this.type = type;
    }

    public static <T> SessionSafe<T> of(Class<T> type) {
        return new SessionSafe<>(type);
    }

    /** The service; looked up on first use in this copy of the page bean. */
    public T get() {
        T found = service;
        if (found == null) {
            found = CDI.current().select(type).get();
            service = found;
        }
        return found;
    }
}
