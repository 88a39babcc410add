package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.organisation.LearningArea;
import th.nithet.people.Account;
import th.nithet.people.ProfileService;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** A personal page ({@code /people/{username}}, view {@code person.xhtml}). */
@Named
@RequestScoped
public class PersonPageBean {

    static final String USERNAME_ATTRIBUTE = "nithet.person";

    @Inject
    ProfileService profiles;

    @Inject
    th.nithet.content.Contributions contributions;

    @Inject
    HttpServletRequest request;

    private Account person;

    /** Called before the page renders: an unknown or disabled person is a 404. */
    public void load() throws IOException {
        Object username = request.getAttribute(USERNAME_ATTRIBUTE);
        Optional<Account> found = username == null ? Optional.empty() : profiles.person(username.toString());
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ((HttpServletResponse) faces.getExternalContext().getResponse()).sendError(HttpServletResponse.SC_NOT_FOUND);
            faces.responseComplete();
            return;
        }
        person = found.get();
    }

    public String getDisplayName() {
        return person.getDisplayName();
    }

    public String getUsername() {
        return person.getUsername();
    }

    public String getInitial() {
        return person.getDisplayName().codePoints().filter(Character::isLetter).limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    public String getPhotoUrl() {
        return person.getPhoto() == null ? null : request.getContextPath() + "/photos/" + person.getPhoto() + ".jpg";
    }

    public String getPosition() {
        return person.getPosition() == null ? null : Messages.get(Feedback.locale(), "position." + person.getPosition().name());
    }

    public String getSchool() {
        return person.getSchool() == null ? null : person.getSchool().getName();
    }

    public String getNetwork() {
        return person.getSchool() == null ? null : person.getSchool().getNetwork().getName();
    }

    public String getLearningAreas() {
        return person.getLearningAreas().stream().sorted(Comparator.comparingInt(LearningArea::getSortOrder))
                .map(a -> a.name(Feedback.locale())).collect(Collectors.joining(", "));
    }

    public String getBio() {
        return person.getBio();
    }

    /** What this person has published (news, knowledge, …), newest first, as far as the viewer may see. */
    public java.util.List<th.nithet.content.ContentItem> getContributions() {
        return contributions.of(person.getUsername(), 20);
    }

    public long getContributionCount() {
        return contributions.count(person.getUsername());
    }

    public boolean isMine() {
        Principal caller = request.getUserPrincipal();
        return caller != null && caller.getName().equals(person.getUsername());
    }
}
