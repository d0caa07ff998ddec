package dev.followup.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import dev.followup.system.TenantScopedId;
import dev.followup.system.VersionedRecord;

/** Where an owner wants events delivered, and the secret they are signed with. */
@Entity
@Table(name = "webhook_subscription")
@IdClass(TenantScopedId.class)
@DynamicUpdate // the dispatcher's conditional updates and a request's changes never overwrite each other
public class WebhookSubscription extends VersionedRecord {

    /** The owner of an integration's subscription to its whole tenant. */
    static final String WHOLE_TENANT = "";
    static final String ALL_TYPES = "*";

    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** The candidate, or {@link #WHOLE_TENANT}. */
    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "url", nullable = false, updatable = false)
    public String url;

    /** Comma-separated wire names, or {@link #ALL_TYPES}. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(name = "description")
    public String description;

    @Column(name = "secret", nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubscriptionStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** Since when every delivery has failed; cleared by a success. */
    @Column(name = "failing_since")
    public Instant failingSince;

    /** The secrets a delivery is signed with now: the current one, and the previous one while it overlaps. */
    List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    boolean wants(String ownerOfEvent, String type) {
        return (WHOLE_TENANT.equals(ownerId) || ownerId.equals(ownerOfEvent))
                && (ALL_TYPES.equals(eventTypes) || Arrays.asList(eventTypes.split(",")).contains(type));
    }
}
