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
