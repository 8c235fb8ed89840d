package org.talentbridge.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;

class CatalogViewTest extends KaribuTest {

    @Test
    void anyoneSearchesTheAnnexByName() {
        openAs(null);
        navigate("catalog");
        CatalogView view = _get(CatalogView.class);
        assertThat(_size(view.grid)).isEqualTo(883);
        assertThat(view.count.getText()).isEqualTo("共 883 个职业（工种）");

        _setValue(view.filter, "装潢美术");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).containsExactly("781", "装潢美术设计师", "工程技术或工艺美术");
    }
}
