package org.talentbridge.investigation;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.talentbridge.account.AccountDirectory;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseQueries;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.HeldCertificates;
import org.talentbridge.committee.PanelOutcomes;
import org.talentbridge.publication.ObjectionQueries;
import org.talentbridge.shared.policy.CaseHandling;
import org.talentbridge.skilleval.SkillCaseQueries;

/**
 * What an investigation reads of other modules — people, cases (title and skill), certificates, objections and who
 * handled a case — through their query APIs (issue 14: no SQL here names another module's table).
 */
@Component
class InvestigationSubjects {

    /** A person as the system knows them (an applicant account), by ID number. */
    record Person(long accountId, String username, String displayName, String idNumber) {

        static Person of(AccountView a) {
            return new Person(a.id(), a.username(), a.displayName(), a.idNumber());
        }
    }

    private final AccountDirectory directory;
    private final AccountService accounts;
    private final CaseQueries titleCases;
    private final SkillCaseQueries skillCases;
    private final HeldCertificates certificates;
    private final ObjectionQueries objections;
    private final PanelOutcomes panels;

    InvestigationSubjects(AccountDirectory directory, AccountService accounts, CaseQueries titleCases,
                          SkillCaseQueries skillCases, HeldCertificates certificates, ObjectionQueries objections,
                          PanelOutcomes panels) {
        this.directory = directory;
        this.accounts = accounts;
        this.titleCases = titleCases;
        this.skillCases = skillCases;
        this.certificates = certificates;
        this.objections = objections;
        this.panels = panels;
    }

    Optional<Person> personByIdNumber(String idNumber) {
        return directory.byIdNumber(idNumber).map(Person::of);
    }

    /** The applicant of a case: a title case (pathway T) or a skill case (pathway S). */
    Optional<Person> applicantOfCase(String caseNumber) {
        return titleCases.applicantOf(caseNumber).or(() -> skillCases.applicantOf(caseNumber))
                .flatMap(accounts::findById).map(Person::of);
    }

    /** The holder's ID number of a certificate, if it exists. */
    Optional<String> holderIdOfCertificate(String certificateNumber) {
        return certificates.byNumber(certificateNumber).flatMap(c -> accounts.findById(c.holderAccountId()))
                .map(AccountView::idNumber);
    }

    /** A person's title and skill cases, newest first. */
    List<PersonHistory.CaseLine> casesOf(long accountId) {
        record Dated(PersonHistory.CaseLine line, java.time.OffsetDateTime at) {
        }
        return Stream.concat(
                titleCases.casesOf(accountId).stream().map(c -> new Dated(new PersonHistory.CaseLine(c.caseNumber(), "TITLE",
                        c.targetLevel().name(), c.status().name(), utcDate(c.submittedAt())), c.submittedAt())),
                skillCases.casesOf(accountId).stream().map(c -> new Dated(new PersonHistory.CaseLine(c.caseNumber(),
                        "SKILL_LEVEL", c.targetLevel().name(), c.status().name(), utcDate(c.submittedAt())), c.submittedAt())))
                .sorted(Comparator.comparing(Dated::at).reversed()).map(Dated::line).toList();
    }

    List<PersonHistory.CertificateLine> certificatesOf(long accountId) {
        return certificates.ofHolder(accountId).stream().map(c -> new PersonHistory.CertificateLine(c.certificateNumber(),
                c.kind().name(), c.level(), c.status().name(), c.issuedOn(), c.caseNumber())).toList();
    }

    /** The state now of a case (title or skill) or certificate, for the case screen: {state, its i18n key}. */
    String[] stateOf(InvestigationStore.SubjectRow s) {
        if (s.certificateNumber() != null) {
            return certificates.byNumber(s.certificateNumber()).map(CertificateView::status).map(Enum::name)
                    .map(st -> new String[] {st, "investigation.certificateStatus." + st}).orElse(new String[] {null, null});
        }
        return titleCases.statusOf(s.caseNumber()).map(st -> new String[] {st.name(), "caseStatus." + st.name()})
                .or(() -> skillCases.statusOf(s.caseNumber()).map(st -> new String[] {st.name(), "skilleval.status." + st.name()}))
                .orElse(new String[] {null, null});
    }

    String objectionStatement(long objectionId) {
        return objections.statement(objectionId).orElse("");
    }

    boolean objectionOpen(long objectionId) {
        return objections.isOpen(objectionId);
    }

    /** Staff who acted on these cases outside their tasks (draws, votes, publicity, answers), as those modules record it. */
    List<CaseHandling> handlersOf(Collection<String> caseNumbers) {
        List<CaseHandling> all = new ArrayList<>(panels.handlersOf(caseNumbers));
        all.addAll(objections.handlersOf(caseNumbers));
        return all;
    }

    private static java.time.LocalDate utcDate(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
