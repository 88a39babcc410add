package th.nithet.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/** {@code NITHET_SMTP_*} and {@code NITHET_MAIL_FROM}: where mail goes out. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "nithet.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "nithet.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "nithet.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "nithet.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "nithet.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "nithet.mail.from", defaultValue = "nithet@localhost")
    String from;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElse("localhost"));
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(username().isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        p.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.mime.charset", "UTF-8");
        return p;
    }
}
