package org.elbasar.newsletter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A monthly issue: a draft the animators edit, then the issue as it was sent. */
@Entity
@Table(name = "newsletter")
public class Newsletter extends PanacheEntityBase {

    @Id
    public UUID id;

    /** First day of the month of publication; the issue covers the month before. */
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    public NewsletterStatus status;

    @Column(name = "editorial_fr")
    public String editorialFr;

    @Column(name = "editorial_en")
    public String editorialEn;

    @JdbcTypeCode(SqlTypes.JSON)
    public KeyFigures figures;

    @Column(name = "subject_fr")
    public String subjectFr;
    @Column(name = "subject_en")
    public String subjectEn;
    @Column(name = "html_fr")
    public String htmlFr;
    @Column(name = "text_fr")
    public String textFr;
    @Column(name = "html_en")
    public String htmlEn;
    @Column(name = "text_en")
    public String textEn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "send_started_at")
    public Instant sendStartedAt;

    @Column(name = "sent_by")
    public UUID sentBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public int version;
}
