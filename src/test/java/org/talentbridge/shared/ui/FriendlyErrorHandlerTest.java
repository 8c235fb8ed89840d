package org.talentbridge.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.shared.validation.InvalidInputException;

/** A refusal no screen caught still reads as its sentence (issue 12, item 4), not as "an unexpected error". */
class FriendlyErrorHandlerTest extends KaribuTest {

    @Test
    void aRefusalThatReachesTheErrorHandlerIsShownAsItsSentenceWithoutKeyOrFieldName() {
        openAs(accounts.findByUsername("secretary").orElseThrow());
        NotificationsKt.clearNotifications();
        new FriendlyErrorHandler().error(new ErrorEvent(new RuntimeException(
                InvalidInputException.of("publicityId", "validation.publicityRunning", "2026-10-09"))));
        MockVaadin.clientRoundtrip();
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> {
            String text = com.github.mvysny.kaributools.NotificationsKt.getText(n);
            assertThat(text).isEqualTo("公示期至 2026-10-09 尚未届满，期满后才能授予");
            assertThat(text).doesNotContain("!", "field.", "validation.");
        });
    }
}
