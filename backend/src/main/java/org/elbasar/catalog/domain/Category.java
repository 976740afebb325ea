package org.elbasar.catalog.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.elbasar.common.domain.BilingualEntry;

/**
 * A category of the two-level catalogue list; a top category has no parent. Kept in the
 * second-level cache: every item view names its category and parent, and admins rarely edit them.
 */
@Entity
@Cacheable
public class Category extends BilingualEntry {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;
}
