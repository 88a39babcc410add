package th.nithet.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.platform.db.Timestamped;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.School;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's account: how they sign in and what they may do. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
// the signed-in person, asked several times by every page (each service checks its caller): the account and everything
// it brings in one query (see AccountFetch), and named so that EclipseLink prepares its SQL once, not at every call
@NamedQuery(name = Account.SIGNED_IN, query = "SELECT a FROM Account a WHERE a.username = :username AND a.enabled = TRUE",
        hints = {@QueryHint(name = AccountFetch.LEFT_JOIN_FETCH, value = "a.school.network"),
                @QueryHint(name = AccountFetch.LEFT_JOIN_FETCH, value = "a.learningAreas"),
                @QueryHint(name = AccountFetch.LEFT_JOIN_FETCH, value = "a.supervisedNetworks"),
                @QueryHint(name = AccountFetch.LEFT_JOIN_FETCH, value = "a.roles")})
public class Account extends Timestamped {

    static final String BY_USERNAME = "Account.byUsername";
    static final String COUNT = "Account.count";
    /** The enabled account of this {@code username}, whole; see {@link AccountFetch}. */
    public static final String SIGNED_IN = "Account.signedIn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Position position;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(length = 2000)
    private String bio;

    /** Address of the profile photo in the file store, if any. */
    @Column(length = 64)
    private String photo;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "account_learning_area", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "learning_area_id"))
    private Set<LearningArea> learningAreas = new HashSet<>();

    /** For supervisors: the school networks they are responsible for. */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "supervisor_network", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<SchoolNetwork> supervisedNetworks = new HashSet<>();

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Set with an administrator's temporary password: the person must choose their own first. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** How this person wants notifications by e-mail. */
    @Enumerated(EnumType.STRING)
    @Column(name = "notify_by_mail", nullable = false, length = 10)
    private th.nithet.notifications.MailChoice notifyByMail = th.nithet.notifications.MailChoice.IMMEDIATE;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A password the person chose: clears any lock and any demand to change it. */
    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        unlock();
    }

    /** An administrator's temporary password: must be changed at the next sign-in. */
    void setTemporaryPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        unlock();
    }

    /** Same hash, better parameters: nothing else changes. */
    void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** For the administrators' list: locked right now. */
    public boolean isLocked() {
        return isLocked(Instant.now());
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** One more wrong password; after {@code limit} of them the account locks for {@code lockFor}. */
    void signInFailed(Instant now, int limit, java.time.Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Position getPosition() {
        return position;
    }

    public School getSchool() {
        return school;
    }

    /** The school this person heads (its director or a deputy), or null: they see what concerns it. */
    public School getHeadedSchool() {
        return school != null && position != null && position.headsASchool() ? school : null;
    }

    public String getBio() {
        return bio;
    }

    public th.nithet.notifications.MailChoice getNotifyByMail() {
        return notifyByMail;
    }

    void setNotifyByMail(th.nithet.notifications.MailChoice choice) {
        this.notifyByMail = choice;
    }

    public String getPhoto() {
        return photo;
    }

    /** What people change about themselves. */
    void editProfile(String bio, String photo) {
        this.bio = bio;
        this.photo = photo;
    }

    public Set<LearningArea> getLearningAreas() {
        return Set.copyOf(learningAreas);
    }

    public Set<SchoolNetwork> getSupervisedNetworks() {
        return Set.copyOf(supervisedNetworks);
    }

    /** What an administrator sets; the user name never changes. */
    void administer(String displayName, String email, Position position, School school, Set<Role> roles,
                    Set<LearningArea> learningAreas, Set<SchoolNetwork> supervisedNetworks) {
        this.displayName = displayName;
        this.email = email;
        this.position = position;
        this.school = school;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.learningAreas = new HashSet<>(learningAreas);
        this.supervisedNetworks = new HashSet<>(supervisedNetworks);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
