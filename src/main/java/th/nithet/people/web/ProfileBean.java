package th.nithet.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.file.UploadedFile;
import th.nithet.people.AccountService;
import th.nithet.people.ProfileService;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.IOException;

/** Editing one's own personal page ({@code account/profile.xhtml}): bio and photo. */
@Named
@RequestScoped
public class ProfileBean {

    @Inject
    ProfileService profiles;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    private String bio;
    private UploadedFile photo;
    private boolean removePhoto;
    private String username;

    @PostConstruct
    void load() {
        accounts.findByUsername(security.getCallerPrincipal().getName()).ifPresent(me -> {
            username = me.getUsername();
            if (!FacesContext.getCurrentInstance().isPostback()) {
                bio = me.getBio();
            }
        });
    }

    public void save() throws IOException {
        try {
            byte[] upload = photo == null || photo.getSize() == 0 ? null : photo.getContent();
            profiles.editOwnProfile(bio, upload, removePhoto);
            Feedback.infoAfterRedirect("profile.saved");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/people/" + username);
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    public boolean isRemovePhoto() {
        return removePhoto;
    }

    public void setRemovePhoto(boolean removePhoto) {
        this.removePhoto = removePhoto;
    }
}
