package org.elbasar.common.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An email decided by a transaction and waiting in the outbox until the dispatcher has sent it. */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recipient;
    public String subject;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "text_body")
    public String textBody;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> headers;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;
}
