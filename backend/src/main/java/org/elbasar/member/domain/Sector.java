package org.elbasar.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.elbasar.common.domain.BilingualEntry;

/** A sector of activity of the social and solidarity economy; the list is edited by admins. */
@Entity
public class Sector extends BilingualEntry {

    @Id
    public String code;
}
