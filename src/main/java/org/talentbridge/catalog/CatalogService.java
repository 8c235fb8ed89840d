package org.talentbridge.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The occupation catalog (the policy annex). It changes only through a migration, so it is read once and
 * kept in memory: searches and lookups do not touch the database.
 */
@Service
public class CatalogService {

    private final OccupationRepository occupations;
    private volatile List<OccupationView> all;
    private volatile Map<String, OccupationView> byName;

    CatalogService(OccupationRepository occupations) {
        this.occupations = occupations;
    }

    /** All occupations in annex order, or those whose name contains {@code query} (blank: all). */
    public List<OccupationView> search(String query) {
        List<OccupationView> rows = all();
        if (query == null || query.isBlank()) {
            return rows;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return rows.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** The annex row of an occupation by its exact name; empty for an occupation the annex does not list. */
    public Optional<OccupationView> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        all();
        return Optional.ofNullable(byName.get(name.strip()));
    }

    /** Every distinct series name of the annex, in first-seen order. */
    public List<String> seriesNames() {
        return all().stream().flatMap(o -> o.series().stream()).distinct().toList();
    }

    private List<OccupationView> all() {
        List<OccupationView> rows = all;
        if (rows == null) {
            synchronized (this) {
                if (all == null) {
                    List<OccupationView> loaded = load();
                    byName = loaded.stream().collect(Collectors.toUnmodifiableMap(OccupationView::name, Function.identity()));
                    all = loaded;
                }
                rows = all;
            }
        }
        return rows;
    }

    private List<OccupationView> load() {
        return occupations.findAllByOrderByRowNumberAsc().stream()
                .map(o -> new OccupationView(o.getCode(), o.getName(), List.copyOf(o.getSeries())))
                .toList();
    }
}
