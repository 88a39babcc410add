package th.nithet.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.platform.db.Timestamped;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.rules.RuleViolation;

import java.time.LocalDate;

/** โรงเรียน / สถานศึกษา: belongs to one network. {@code code} is the ministry's school code when known. */
@Entity
@Table(name = "school")
public class School extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20, unique = true)
    private String code;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "network_id")
    private SchoolNetwork network;

    @Column(length = 100)
    private String district;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected School() {
    }

    School(String code, String name, SchoolNetwork network, String district, LocalDate foundedOn) {
        update(code, name, network, district, foundedOn, true);
    }

    /**
     * A name as the office writes it, for a school (and a network or a learning area): spaces trimmed and
     * runs of them made one, 1–200 characters.
     */
    static String checkedName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        RuleViolation.require(!clean.isEmpty(), "name.required");
        RuleViolation.require(clean.length() <= 200, "name.tooLong", 200);
        return clean;
    }

    /** A school's code (รหัสสถานศึกษา): Thai digits read as digits, letters, digits and hyphens, up to 20; none when blank. */
    static String checkedCode(String code) {
        String clean = ThaiDigits.toArabic(code);
        clean = clean == null || clean.isBlank() ? null : clean.strip();
        if (clean != null) {
            RuleViolation.require(clean.matches("[0-9A-Za-z-]{1,20}"), "school.badCode", clean);
        }
        return clean;
    }

    /** A founding day is not in the future (unknown is fine). */
    static LocalDate checkedFounding(LocalDate foundedOn, LocalDate today) {
        RuleViolation.require(foundedOn == null || !foundedOn.isAfter(today), "school.foundedInFuture");
        return foundedOn;
    }

    void update(String code, String name, SchoolNetwork network, String district, LocalDate foundedOn, boolean active) {
        this.code = code;
        this.name = name;
        this.network = network;
        this.district = district;
        this.foundedOn = foundedOn;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SchoolNetwork getNetwork() {
        return network;
    }

    public String getDistrict() {
        return district;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public boolean isActive() {
        return active;
    }
}
