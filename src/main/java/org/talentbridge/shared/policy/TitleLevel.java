package org.talentbridge.shared.policy;

/** 职称 levels, low to high (PRODUCT.md "Levels"). */
public enum TitleLevel {
    ASSISTANT,
    INTERMEDIATE,
    ASSOCIATE_SENIOR,
    SENIOR;

    public String messageKey() {
        return "titleLevel." + name();
    }
}
