package org.elbasar.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One published version of the members' charter; versions are never changed, only superseded. */
@Entity
@Table(name = "charter_version")
public class CharterVersion extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "title_fr")
    public String titleFr;

    @Column(name = "body_fr")
    public String bodyFr;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "body_en")
    public String bodyEn;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public UUID publishedBy;

    public static CharterVersion current() {
        return find("order by version desc").firstResult();
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyFr;
    }
}
