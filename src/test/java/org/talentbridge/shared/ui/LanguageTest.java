package org.talentbridge.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.casework.ui.ApplyView;
import org.talentbridge.shared.i18n.SpringI18NProvider;

class LanguageTest extends KaribuTest {

    @Test
    void screensSpeakChineseByDefault() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("apply");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(SpringI18NProvider.CHINESE);
        assertThat(_get(Button.class, spec -> spec.withText("提交申报"))).isNotNull();
    }

    @Test
    void englishChosenOnceAppliesToTheFollowingScreens() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("apply");
        LanguageSwitcher switcher = _get(LanguageSwitcher.class);
        _setValue(switcher, SpringI18NProvider.ENGLISH, true);

        navigate("my-cases");
        navigate("apply");
        _get(ApplyView.class);
        assertThat(_get(Button.class, spec -> spec.withText("Submit application"))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("提交申报"))).isEmpty();
    }
}
