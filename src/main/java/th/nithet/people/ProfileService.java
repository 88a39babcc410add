package th.nithet.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.platform.files.FileStore;
import th.nithet.platform.rules.RuleViolation;

import java.util.Optional;

/** Personal pages: anyone may read an enabled person's page; people edit only their own. */
@Stateless
public class ProfileService {

    public static final int MAX_BIO = 2000;

    @Inject
    AccountService accounts;

    @Inject
    FileStore files;

    @Inject
    SecurityContext security;

    /** The person behind a personal page: enabled accounts only. */
    public Optional<Account> person(String username) {
        return accounts.findByUsername(username).filter(Account::isEnabled);
    }

    /**
     * Changes the caller's own bio and, when {@code photoUpload} is given, their photo (re-encoded).
     * The photo is on disk before the account names it.
     */
    public Account editOwnProfile(String bio, byte[] photoUpload, boolean removePhoto) {
        RuleViolation.require(security.getCallerPrincipal() != null, "profile.signInFirst");
        Account me = accounts.findByUsername(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new RuleViolation("account.notFound"));
        String cleanBio = bio == null || bio.isBlank() ? null : bio.strip();
        RuleViolation.require(cleanBio == null || cleanBio.length() <= MAX_BIO, "profile.bioTooLong", MAX_BIO);
        String photo = removePhoto ? null : me.getPhoto();
        if (photoUpload != null && photoUpload.length > 0) {
            photo = files.store(ProfilePhotos.normalise(photoUpload));
        }
        me.editProfile(cleanBio, photo);
        return me;
    }

    /** How the caller wants notifications by e-mail. */
    public Account chooseNotificationMail(th.nithet.notifications.MailChoice choice) {
        RuleViolation.require(security.getCallerPrincipal() != null, "profile.signInFirst");
        RuleViolation.require(choice != null, "notifications.badMailChoice");
        Account me = accounts.findByUsername(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new RuleViolation("account.notFound"));
        me.setNotifyByMail(choice);
        return me;
    }
}
