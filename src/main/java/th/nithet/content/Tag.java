package th.nithet.content;

import th.nithet.platform.time.PortalClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;

/** A free word people label content with (แท็ก): PLC, Active Learning, วิทยฐานะ. One row per name. */
@Entity
@Table(name = "tag")
public class Tag {

    public static final int MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Tag() {
    }

    Tag(String name) {
        this.name = name;
    }

    @PrePersist
    void stamp() {
        createdAt = PortalClock.instant();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
