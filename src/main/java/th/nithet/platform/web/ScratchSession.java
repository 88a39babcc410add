package th.nithet.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session that lives for one request and is never known to the server: what Faces asks for while
 * rendering a stateless page for an anonymous reader ({@link AnonymousPageFilter}). No cookie, no
 * copy in the cluster's grid, nothing kept after the answer.
 */
final class ScratchSession implements HttpSession {

    private final ServletContext context;
    private final String id = "scratch-" + UUID.randomUUID();
    private final long created = System.currentTimeMillis();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    ScratchSession(ServletContext context) {
        this.context = context;
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        // it ends with the request whatever is asked
    }

    @Override
    public int getMaxInactiveInterval() {
        return 0;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
