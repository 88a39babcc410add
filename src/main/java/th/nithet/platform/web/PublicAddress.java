package th.nithet.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The address people reach the portal at ({@code NITHET_PUBLIC_URL}), for links in e-mail. Never
 * taken from a request's Host header, which a caller chooses.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "nithet.public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "nithet.port", defaultValue = "8080")
    String port;

    /** {@code path} ("/questions/42") as a full address. */
    public String link(String path) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + port);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
