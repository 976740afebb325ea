package org.elbasar.newsletter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One piece of news in an issue: a new member, an offer, a request, an event or the story of the month. */
@Entity
@Table(name = "newsletter_item")
public class NewsletterItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "newsletter_id")
    public UUID newsletterId;

    @Enumerated(EnumType.STRING)
    public Section section;

    /** What it is about ("item:&lt;id&gt;", "event:&lt;id&gt;"…), so that a refresh recognises it. */
    @Column(name = "subject_key")
    public String subjectKey;

    public int position;
    public boolean pinned;
    public boolean removed;
    public String title;
    public String summary;
    public String link;
    public String territory;

    @Column(name = "image_url")
    public String imageUrl;
}
