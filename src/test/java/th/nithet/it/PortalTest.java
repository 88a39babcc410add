package th.nithet.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every integration test class against a deployed portal shares: the shipped WAR on Payara
 * Micro (one boot for all these classes, see {@link KeptPayaraMicro}), tested from outside over real
 * HTTP, and its address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PortalTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @ArquillianResource
    URL base;

    /** A client for the deployed portal, fresh for each test. */
    Http http;

    /** HTTP Basic credentials of the first administrator. */
    final String admin = Http.basic("admin", Portal.adminPassword());

    @BeforeEach
    void connect() {
        http = new Http(base);
    }
}
