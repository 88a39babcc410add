package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.nithet.organisation.LearningArea;
import th.nithet.people.Account;
import th.nithet.people.Position;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.security.Role;
import th.nithet.platform.web.Feedback;

import java.util.stream.Collectors;

/** Names of positions, roles and learning areas in the page's language, for the people pages ({@code #{labels…}}). */
@Named("labels")
@RequestScoped
public class PeopleLabels {

    public String position(Position position) {
        return position == null ? "" : Messages.get(Feedback.locale(), "position." + position.name());
    }

    public String positionNamed(String name) {
        return name == null || name.isEmpty() ? "" : position(Position.valueOf(name));
    }

    public String role(String role) {
        return Messages.get(Feedback.locale(), "role." + role);
    }

    public String roles(Account account) {
        return account.getRoles().stream().sorted().map(r -> role(r.name())).collect(Collectors.joining(", "));
    }

    public String learningArea(LearningArea area) {
        return area.name(Feedback.locale());
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
