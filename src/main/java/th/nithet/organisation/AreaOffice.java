package th.nithet.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The educational service area office (สพป./สพม.) this installation serves, as its documents name
 * it: certificates, records and reports. One office per installation.
 */
@ApplicationScoped
public class AreaOffice {

    @Inject
    @ConfigProperty(name = "nithet.office.name", defaultValue = "สำนักงานเขตพื้นที่การศึกษา")
    String name;

    @Inject
    @ConfigProperty(name = "nithet.office.director")
    Optional<String> director;

    /** e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑". */
    public String name() {
        return name;
    }

    /** The director who signs its certificates; empty when not set (the certificate leaves the name blank). */
    public String director() {
        return director.map(String::strip).orElse("");
    }
}
