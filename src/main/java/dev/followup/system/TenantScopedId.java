package dev.followup.system;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The identifier of a row that belongs to a tenant: (tenant, id), in the order of the primary key, so
 * that every update and delete by identifier seeks that key and the table can be distributed by tenant.
 */
public class TenantScopedId implements Serializable {

    public String tenantId;
    public UUID id;

    public TenantScopedId() {
    }

    public TenantScopedId(String tenantId, UUID id) {
        this.tenantId = tenantId;
        this.id = id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantScopedId that && Objects.equals(tenantId, that.tenantId)
                && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }
}
