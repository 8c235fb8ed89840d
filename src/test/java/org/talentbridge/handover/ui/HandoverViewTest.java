package org.talentbridge.handover.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.round.RoundService;

/** The hand-over screen: the secretary picks a round to download; an applicant cannot open it. */
class HandoverViewTest extends KaribuTest {

    @Autowired
    private RoundService rounds;

    @Test
    void theSecretaryPicksARoundBeforeDownloadingAndAnApplicantIsKeptOut() {
        openAs(accounts.findByUsername("secretary").orElseThrow());
        navigate("handover");
        HandoverView view = _get(HandoverView.class);
        assertThat(view.applications.isEnabled()).isFalse();
        assertThat(view.caseFiles.isEnabled()).isFalse();
        _setValue(view.round, rounds.all().get(0));
        assertThat(view.applications.isEnabled()).isTrue();
        assertThat(view.caseFiles.getText()).isEqualTo("下载申报材料（.zip）");

        openAs(newAccount("uihandover", Role.APPLICANT));
        assertNavigationDenied("handover", HandoverView.class);
    }
}
