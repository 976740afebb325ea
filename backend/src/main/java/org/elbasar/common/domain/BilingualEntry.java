package org.elbasar.common.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;

/** An entry of an editable reference list (sectors, categories): named in French and English, ordered. */
@MappedSuperclass
public abstract class BilingualEntry extends PanacheEntityBase {

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "name_en")
    public String nameEn;

    public int position;

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
