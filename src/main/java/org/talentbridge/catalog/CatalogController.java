package org.talentbridge.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only: {@code GET /api/catalog/occupations[?q=name substring]}. */
@RestController
@RequestMapping("/api/catalog")
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/occupations")
    List<OccupationView> occupations(@RequestParam(name = "q", required = false) String query) {
        return catalog.search(query);
    }
}
