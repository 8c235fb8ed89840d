package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.validation.ChineseIdNumber;

/** The historic search finds ended instances; the instance page's details show the path, who, and no secrets. */
class InstanceSearchTest extends MonitoringTestSupport {

    @Autowired
    private InstanceSearch search;
    @Autowired
    private InstanceInspection inspection;

    @Test
    void findsAnEndedInstanceByCaseNumberWithTheApplicantMasked() {
        AccountView applicant = newAccount("monapp", Role.APPLICANT);
        MonitoringProbe probe = newProbe();
        String key = "MONEND-" + applicant.id();
        String id = probe.start(key, null, Map.of("applicant", applicant.username(), "ballotSecret", "同意")).getId();
        engineTasks.setAssignee(engineTasks.createTaskQuery().processInstanceId(id).singleResult().getId(), "reviewer");
        probe.review(id);
        assertThat(probe.runJob(id)).isTrue();
        probe.finish(id);

        signIn(admin());
        InstanceFilter ended = new InstanceFilter(key.toLowerCase(), null, MonitoringProbe.KEY, InstanceState.ENDED,
                LocalDate.now(), LocalDate.now());
        assertThat(search.search(ended, 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.caseNumber()).isEqualTo(key);
            assertThat(r.state()).isEqualTo("COMPLETED");
            assertThat(r.ended()).isNotNull();
            assertThat(r.applicantMasked()).startsWith(applicant.displayName().substring(0, 1) + "*")
                    .endsWith(ChineseIdNumber.mask(applicant.idNumber())).doesNotContain(applicant.idNumber());
        });
        assertThat(search.count(new InstanceFilter(key, null, null, InstanceState.RUNNING, null, null))).isZero();
        assertThat(search.count(new InstanceFilter(null, applicant.username(), null, null, null, null))).isEqualTo(1);
        assertThat(search.count(new InstanceFilter(key, null, null, null, LocalDate.now().plusDays(1), null))).isZero();

        InstanceDetails d = inspection.details(id);
        assertThat(d.current()).isEmpty();
        assertThat(d.passed()).contains(MonitoringProbe.REVIEW, MonitoringProbe.FLAKY, MonitoringProbe.DONE, "EndEvent_Probe");
        assertThat(d.steps()).filteredOn(s -> s.activityId().equals(MonitoringProbe.REVIEW)).singleElement()
                .satisfies(s -> assertThat(s.assignee()).isEqualTo("reviewer"));
        assertThat(d.variables()).extracting(InstanceDetails.Variable::name).contains("applicant", "flakyRan")
                .doesNotContain("ballotSecret");
        assertThat(d.bpmnXml()).contains(MonitoringProbe.REVIEW);
        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aRunningInstanceShowsWhereItWaits() {
        MonitoringProbe probe = newProbe();
        String id = probe.start("MONRUN-" + System.nanoTime(), null, Map.of()).getId();
        signIn(admin());
        InstanceDetails d = inspection.details(id);
        assertThat(d.current()).containsExactly(MonitoringProbe.REVIEW);
        assertThat(d.passed()).containsExactly("StartEvent_Probe");
        assertThat(d.tasks()).singleElement().satisfies(t -> assertThat(t.activityId()).isEqualTo(MonitoringProbe.REVIEW));
        assertThat(d.instance().running()).isTrue();
    }

    @Test
    void refusesBadFiltersNamingTheFieldAndNonAdministrators() {
        signIn(admin());
        assertThat(problemsOf(() -> search.count(new InstanceFilter(null, null, "someoneElsesProcess", null, null, null))))
                .extracting(p -> p.field()).containsExactly("processKey");
        assertThat(problemsOf(() -> search.count(new InstanceFilter(null, null, null, null, LocalDate.now(),
                LocalDate.now().minusDays(1))))).extracting(p -> p.field()).containsExactly("startedTo");
        assertThat(problemsOf(() -> search.count(new InstanceFilter("x".repeat(65), null, null, null, null, null))))
                .extracting(p -> p.field()).containsExactly("caseNumber");
        assertThat(problemsOf(() -> inspection.details("no-such-instance"))).extracting(p -> p.field())
                .containsExactly("processInstanceId");
        signIn(newAccount("monapp", Role.APPLICANT));
        assertThatThrownBy(() -> search.count(InstanceFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
