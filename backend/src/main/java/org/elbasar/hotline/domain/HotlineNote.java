package org.elbasar.hotline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What an animator noted about a case. */
@Entity
@Table(name = "hotline_note")
public class HotlineNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "author_id")
    public UUID authorId;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;
}
