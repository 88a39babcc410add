package th.nithet.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.platform.db.Timestamped;

/** กลุ่มเครือข่ายสถานศึกษา: schools grouped for supervision; supervisors are responsible for networks. */
@Entity
@Table(name = "school_network")
public class SchoolNetwork extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Version
    private int version;

    protected SchoolNetwork() {
    }

    SchoolNetwork(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
