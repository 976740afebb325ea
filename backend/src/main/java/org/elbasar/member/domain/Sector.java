package org.elbasar.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Locale;

/** A sector of activity of the social and solidarity economy; the list is edited by admins. */
@Entity
public class Sector extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "name_en")
    public String nameEn;

    public int position;

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
