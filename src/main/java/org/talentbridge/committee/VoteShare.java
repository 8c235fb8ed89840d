package org.talentbridge.committee;

/**
 * A share of the panel, as a fraction ({@code 2/3}), for the quorum and the pass threshold of a vote. Compared with
 * integer arithmetic only: {@code count} of {@code size} reaches the share when {@code count × denominator ≥ size ×
 * numerator} (7 members, 2/3: 5 reach it, since 15 ≥ 14; 4 do not).
 */
public record VoteShare(int numerator, int denominator) {

    public VoteShare {
        if (numerator < 1 || denominator < numerator || denominator > 100) {
            throw new IllegalArgumentException("a share of the panel is n/d with 1 <= n <= d <= 100: " + numerator + "/" + denominator);
        }
    }

    /** Parses {@code "2/3"} (also how {@code app.committee.vote-quorum} and {@code vote-pass} are bound). */
    public static VoteShare valueOf(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a share of the panel is written n/d, like 2/3: " + text);
        }
        return new VoteShare(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** Whether {@code count} of a panel of {@code size} reaches this share. */
    public boolean reachedBy(int count, int size) {
        return (long) count * denominator >= (long) size * numerator;
    }

    /** The fewest of a panel of {@code size} that reach this share. */
    public int of(int size) {
        return (size * numerator + denominator - 1) / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
