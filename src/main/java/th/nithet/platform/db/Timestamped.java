package th.nithet.platform.db;

import th.nithet.platform.time.PortalClock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Instant;

/** Entities whose table has {@code created_at} and {@code updated_at}: set here, never by hand. */
@MappedSuperclass
public abstract class Timestamped {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void stampCreated() {
        createdAt = PortalClock.instant();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = PortalClock.instant();
    }

    /** Marks the entity changed when only its parts did (a project's lines): the row's time moves, and so does its search stamp. */
    protected void touch() {
        updatedAt = PortalClock.instant();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
