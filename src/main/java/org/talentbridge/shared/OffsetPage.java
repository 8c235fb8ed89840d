package org.talentbridge.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} for an offset and limit (what Vaadin's lazy grids ask for), which need not be a
 * multiple of the page size.
 */
public final class OffsetPage extends PageRequest {

    private final long offset;

    private OffsetPage(long offset, int limit) {
        super(0, Math.max(1, limit), Sort.unsorted());
        this.offset = offset;
    }

    public static Pageable of(long offset, int limit) {
        return new OffsetPage(offset, limit);
    }

    @Override
    public long getOffset() {
        return offset;
    }
}
