package org.talentbridge.casefile;

import java.util.Objects;

/**
 * A profile item a document belongs to: a certificate, title or work period by its id, an annual assessment by its
 * year, an award by its code. The case file keeps only this reference; the applicant module owns the items.
 */
public record ItemRef(ItemKind kind, String key) {

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || key.length() > 60) {
            throw new IllegalArgumentException("item key");
        }
    }

    public static ItemRef of(ItemKind kind, Object key) {
        return new ItemRef(kind, String.valueOf(key));
    }

    /** {@code CERTIFICATE:12}, as the API and the audit trail show it. */
    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
