package org.elbasar.exchange.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an exchange: who, when, what they did, and the exchange as it stood after. */
@Entity
@Table(name = "exchange_change")
public class ExchangeChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "exchange_id")
    public UUID exchangeId;

    public Instant at;

    @Column(name = "actor_id")
    public UUID actorId;

    public String action;

    @Column(name = "on_behalf")
    public boolean onBehalf;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> snapshot;
}
