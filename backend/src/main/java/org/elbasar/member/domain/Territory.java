package org.elbasar.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A commune, EPCI, département or the region, from the official administrative split. Never
 * changed by the application, so kept in the second-level cache (every item and organisation view names one).
 */
@Entity
@Immutable
@Cacheable
public class Territory extends PanacheEntityBase {

    /** The kinds of territory, from the smallest to the largest. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TerritoryKind")
    public enum Kind { COMMUNE, EPCI, DEPARTEMENT, REGION }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String code;
    public String name;

    @Column(name = "departement_id")
    public String departementId;

    @Column(name = "epci_id")
    public String epciId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "parent_ids")
    public List<String> parentIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "postal_codes")
    public List<String> postalCodes;

    public Integer population;
}
