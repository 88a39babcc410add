package th.nithet.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our own scripts and styles (resources under {@code nithet/}, no library) get {@code nv=} and the
 * start of a hash of their content in their address. Browsers keep Faces resources for 7 days; without
 * this, a phone would go on using last week's nithet.css after an upgrade, and the version changes
 * exactly when the file does. PrimeFaces' own resources carry their version already ({@code v=15.0.0}).
 * {@code nv}, not {@code v}: Faces reads {@code v} as a library's version.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String PARAMETER = "nv";

    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name), name, null);
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library), name, library);
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType), name, library);
    }

    private static Resource versioned(Resource resource, String name, String library) {
        if (resource == null || library != null || name == null || !name.startsWith("nithet/")) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + VERSIONS.computeIfAbsent(name, n -> hash(getWrapped()));
            }
        };
    }

    /** The first 10 hex digits of the content's SHA-256; the file is read once per name and start. */
    static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
