package dev.followup.draft;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.system.VersionedRecord;

/** The candidate's own edit of a draft, kept on its follow-up. */
@Entity
@Table(name = "saved_draft")
public class SavedDraft extends VersionedRecord {

    @EmbeddedId
    public Key key;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "tone")
    public Tone tone;

    @Column(name = "subject")
    public String subject;

    @Column(name = "body", nullable = false)
    public String body;

    /** The language the text is written in; null for drafts saved before languages were kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language")
    public Language language;

    /** One saved draft per follow-up. */
    @Embeddable
    public record Key(@Column(name = "tenant_id") String tenantId, @Column(name = "follow_up_id") UUID followUpId)
            implements
                Serializable {
    }
}
