package org.talentbridge.casework;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountDirectory;
import org.talentbridge.applicant.ProfileQueries;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casefile.SameContentCheck;
import org.talentbridge.casework.IntegrityFlag.Check;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The automatic integrity checks on a title case (PRODUCT.md rule I; issue 5 item 4). They read the case's frozen
 * evidence, the other cases and profiles and the integrity file, and only ever report: a case is never changed.
 * <ul>
 * <li><b>I.1</b> the applicant's ID number has an entry of the integrity file in force today
 *     ({@link IntegrityFile#hasActiveEntry}: active from today or earlier, until today or later or open-ended, not
 *     lifted by a later entry).</li>
 * <li><b>I.2</b> a certificate number of the frozen evidence (trimmed, upper case) is also held by someone else: a
 *     different account, whose ID number is not the applicant's, carries it in the frozen evidence of any of their
 *     title cases (whatever its status) or in their current profile. One flag per other person and place (their
 *     cases together; their profile), naming them by masked ID number only. The same person using a number twice is
 *     not a flag.</li>
 * <li><b>I.3</b> a certificate of the frozen evidence was obtained before the holder's 16th birthday: the birth date
 *     is positions 7–14 of the ID number, the 16th birthday is {@code birth.plusYears(16)}; obtained on the birthday
 *     itself is fine. A 29 February birth has its 16th birthday on 29 February (16 years on is a leap year for every
 *     birth from 1900 to 2083); should it not be, {@code plusYears} takes 28 February. An ID number without a
 *     readable birth date is flagged once, since the check cannot run.</li>
 * <li><b>I.4</b> the case is active ({@link CaseStatus#isActive}) and another title case of the same person is
 *     active too, in whatever round: the same account, or another account with the same ID number.</li>
 * <li><b>I.5</b> a work period of the frozen evidence ends before it starts ({@code to < from}; the UI and the
 *     database refuse these in the profile, but a case's evidence may come from elsewhere).</li>
 * </ul>
 * The batch reads the cases in one query, the certificate holders of all of them in one (through the GIN index of
 * V70 on the snapshots' certificate numbers, so a case's check does not read every other case), and the active cases
 * of all their applicants in one; the integrity file is asked once per distinct ID number.
 * <p>A little over 300 lines: the six checks share that one batch read, so they stay together.
 */
@Service
public class IntegrityChecks {

    private static final String ACTIVE_STATUSES = String.join(",",
            TitleCaseService.ACTIVE.stream().map(s -> "'" + s.name() + "'").sorted().toList());

    private final JdbcTemplate jdbc;
    private final CaseJson json;
    private final IntegrityFile integrityFile;
    private final RoundService rounds;
    private final AccountDirectory accounts;
    private final ProfileQueries profiles;

    private final SameContentCheck sameContentCheck;
    private final Clock clock;

    IntegrityChecks(JdbcTemplate jdbc, CaseJson json, IntegrityFile integrityFile, RoundService rounds,
                    AccountDirectory accounts, ProfileQueries profiles, SameContentCheck sameContentCheck, Clock clock) {
        this.clock = clock;
        this.sameContentCheck = sameContentCheck; // I.6 (issue 15): the same document content in another person's case or profile
        this.jdbc = jdbc;
        this.json = json;
        this.integrityFile = integrityFile;
        this.rounds = rounds;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** The flags of one case, for the integrity officer's screen; an empty list means every check passed. */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public List<IntegrityFlag> check(String caseNumber) {
        return flagsOf(List.of(caseNumber)).values().iterator().next();
    }

    /**
     * The flags of several cases (a panel's passed cases), by case number in the order given (each number once);
     * a case without flags maps to an empty list. An unknown case number refuses the whole request.
     */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, List<IntegrityFlag>> checkAll(Collection<String> caseNumbers) {
        return flagsOf(caseNumbers);
    }

    /** The checks without a signed-in user, for the process (the integrity review step calls this). */
    @Transactional(readOnly = true)
    Map<String, List<IntegrityFlag>> flagsOf(Collection<String> caseNumbers) {
        List<String> numbers = caseNumbers.stream().filter(Objects::nonNull).map(n -> n.strip().toUpperCase(Locale.ROOT))
                .filter(n -> !n.isEmpty()).distinct().toList();
        if (numbers.isEmpty()) {
            throw InvalidInputException.of("caseNumbers", "validation.required");
        }
        Map<String, Subject> subjects = subjects(numbers);
        List<String> missing = numbers.stream().filter(n -> !subjects.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("caseNumbers", "integrityCheck.unknownCase", String.join(", ", missing));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Boolean> inFile = new LinkedHashMap<>();
        List<Holder> holders = holdersOf(subjects.values());
        List<OtherCase> activeCases = activeCasesOf(subjects.values());
        Map<String, List<IntegrityFlag>> result = new LinkedHashMap<>();
        var sameContent = sameContentCheck.of(numbers); // I.6, casefile
        for (String number : numbers) {
            Subject s = subjects.get(number);
            List<IntegrityFlag> flags = new ArrayList<>();
            if (s.idNumber() != null && inFile.computeIfAbsent(s.idNumber(), id -> integrityFile.hasActiveEntry(id, today))) {
                flags.add(flag(s, Check.ACTIVE_INTEGRITY_ENTRY, "integrityCheck.I.1", ChineseIdNumber.mask(s.idNumber())));
            }
            flags.addAll(certificatesHeldByOthers(s, holders));
            flags.addAll(certificatesBeforeSixteen(s));
            flags.addAll(overlappingCases(s, activeCases));
            flags.addAll(backwardWorkPeriods(s));
            flags.addAll(CaseFileIntegrity.sameContent(number, sameContent)); // I.6, casefile
            result.put(number, List.copyOf(flags));
        }
        return result;
    }

    /** The date from which a holder of this birth date may hold a certificate (rule I.3). */
    static LocalDate sixteenthBirthday(LocalDate birth) {
        return birth.plusYears(16);
    }

    static String normaliseCertificateNumber(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    private List<IntegrityFlag> certificatesHeldByOthers(Subject s, List<Holder> holders) {
        List<IntegrityFlag> flags = new ArrayList<>();
        for (String number : s.certificateNumbers()) {
            // per other person: their cases (sorted) and whether their profile has it too
            Map<Long, Set<String>> casesOf = new TreeMap<>();
            Map<Long, Boolean> inProfile = new TreeMap<>();
            Map<Long, String> idOf = new TreeMap<>();
            for (Holder h : holders) {
                if (!h.certificateNumber().equals(number) || samePerson(s.applicantId(), s.idNumber(), h.accountId(), h.idNumber())) {
                    continue;
                }
                idOf.put(h.accountId(), h.idNumber());
                casesOf.computeIfAbsent(h.accountId(), a -> new TreeSet<>());
                if (h.caseNumber() == null) {
                    inProfile.put(h.accountId(), true);
                } else {
                    casesOf.get(h.accountId()).add(h.caseNumber());
                }
            }
            for (Long other : idOf.keySet()) {
                String who = maskedOrAccount(idOf.get(other), other);
                if (!casesOf.get(other).isEmpty()) {
                    flags.add(flag(s, Check.CERTIFICATE_NUMBER_USED_BY_SOMEONE_ELSE, "integrityCheck.I.2.cases", number, who,
                            String.join(", ", casesOf.get(other))));
                }
                if (inProfile.getOrDefault(other, false)) {
                    flags.add(flag(s, Check.CERTIFICATE_NUMBER_USED_BY_SOMEONE_ELSE, "integrityCheck.I.2.profile", number, who));
                }
            }
        }
        return flags;
    }

    private List<IntegrityFlag> certificatesBeforeSixteen(Subject s) {
        Optional<LocalDate> birth = s.idNumber() == null ? Optional.empty() : ChineseIdNumber.birthDate(s.idNumber());
        if (birth.isEmpty()) {
            return List.of(flag(s, Check.CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY, "integrityCheck.I.3.noBirthDate",
                    s.idNumber() == null ? "-" : ChineseIdNumber.mask(s.idNumber())));
        }
        LocalDate sixteen = sixteenthBirthday(birth.get());
        List<IntegrityFlag> flags = new ArrayList<>();
        for (ProfileSnapshot.Certificate c : certificates(s.evidence())) {
            if (c.obtainedOn() != null && c.obtainedOn().isBefore(sixteen)) {
                flags.add(flag(s, Check.CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY, "integrityCheck.I.3",
                        String.valueOf(c.certificateNumber()), c.obtainedOn().toString(), sixteen.toString()));
            }
        }
        return flags;
    }

    private List<IntegrityFlag> overlappingCases(Subject s, List<OtherCase> activeCases) {
        if (!s.status().isActive()) {
            return List.of();
        }
        return activeCases.stream()
                .filter(o -> !o.caseNumber().equals(s.caseNumber()))
                .filter(o -> samePerson(s.applicantId(), s.idNumber(), o.accountId(), o.idNumber()))
                .sorted(Comparator.comparing(OtherCase::caseNumber))
                .map(o -> flag(s, Check.OVERLAPPING_ACTIVE_CASE, "integrityCheck.I.4", o.caseNumber(),
                        o.roundId() == null ? "-" : rounds.find(o.roundId()).map(RoundView::name).orElse("-")))
                .toList();
    }

    private List<IntegrityFlag> backwardWorkPeriods(Subject s) {
        List<ProfileSnapshot.Work> periods = s.evidence().workPeriods() == null ? List.of() : s.evidence().workPeriods();
        return periods.stream().filter(w -> w.from() != null && w.to() != null && w.to().isBefore(w.from()))
                .map(w -> flag(s, Check.WORK_PERIOD_ENDS_BEFORE_START, "integrityCheck.I.5",
                        String.valueOf(w.employer()), w.from().toString(), w.to().toString()))
                .toList();
    }

    private static boolean samePerson(long account, String idNumber, long otherAccount, String otherIdNumber) {
        return account == otherAccount || (idNumber != null && idNumber.equals(otherIdNumber));
    }

    /** Staff accounts have no ID number; an applicant always has one. Never the full number. */
    private static String maskedOrAccount(String idNumber, Long accountId) {
        return idNumber == null ? "#" + accountId : ChineseIdNumber.mask(idNumber);
    }

    private static List<ProfileSnapshot.Certificate> certificates(ProfileSnapshot evidence) {
        return evidence.certificates() == null ? List.of() : evidence.certificates();
    }

    private static IntegrityFlag flag(Subject s, Check check, String key, String... arguments) {
        return new IntegrityFlag(s.caseNumber(), check, key, List.of(arguments));
    }

    // --- reading: a few queries for any number of cases (ID numbers from the account module, profiles' certificates
    // from the applicant module: their tables are theirs) ----------------------------------------------------------

    private Map<String, Subject> subjects(List<String> numbers) {
        Map<String, Subject> found = new LinkedHashMap<>();
        List<Subject> read = query("""
                select c.case_number, c.applicant_id, c.status, c.profile_snapshot::text as evidence
                from tb.title_case c where c.case_number = any(?)""", (rs, i) -> {
            ProfileSnapshot evidence = json.read(rs.getString("evidence"), ProfileSnapshot.class);
            Set<String> certificateNumbers = new LinkedHashSet<>();
            certificates(evidence).stream().map(c -> normaliseCertificateNumber(c.certificateNumber()))
                    .filter(n -> n != null && !n.isEmpty()).forEach(certificateNumbers::add);
            return new Subject(rs.getString("case_number"), rs.getLong("applicant_id"), null,
                    CaseStatus.valueOf(rs.getString("status")), evidence, certificateNumbers);
        }, new Object[]{numbers.toArray(String[]::new)});
        Map<Long, String> idNumbers = accounts.idNumbersOf(read.stream().map(Subject::applicantId).toList());
        read.forEach(s -> found.put(s.caseNumber(), new Subject(s.caseNumber(), s.applicantId(),
                ChineseIdNumber.normalise(idNumbers.get(s.applicantId())), s.status(), s.evidence(), s.certificateNumbers())));
        return found;
    }

    /** Everyone who holds one of the subjects' certificate numbers: in a case's frozen evidence, or in a profile. */
    private List<Holder> holdersOf(Collection<Subject> subjects) {
        String[] numbers = subjects.stream().flatMap(s -> s.certificateNumbers().stream()).distinct().toArray(String[]::new);
        if (numbers.length == 0) {
            return List.of();
        }
        List<Holder> holders = new ArrayList<>(query("""
                select upper(btrim(cert ->> 'certificateNumber')) as number, c.case_number, c.applicant_id as account_id
                from tb.title_case c
                cross join lateral jsonb_array_elements(case when jsonb_typeof(c.profile_snapshot -> 'certificates') = 'array'
                                                             then c.profile_snapshot -> 'certificates' else '[]'::jsonb end) cert
                where tb.certificate_numbers(c.profile_snapshot) && ? and upper(btrim(cert ->> 'certificateNumber')) = any(?)""",
                (rs, i) -> new Holder(rs.getString("number"), rs.getString("case_number"), rs.getLong("account_id"), null),
                new Object[]{numbers, numbers}));
        profiles.skillCertificatesNumbered(List.of(numbers))
                .forEach(h -> holders.add(new Holder(h.certificateNumber(), null, h.accountId(), null)));
        return withIdNumbers(holders);
    }

    private List<Holder> withIdNumbers(List<Holder> holders) {
        Map<Long, String> idNumbers = accounts.idNumbersOf(holders.stream().map(Holder::accountId).toList());
        return holders.stream().map(h -> new Holder(h.certificateNumber(), h.caseNumber(), h.accountId(),
                ChineseIdNumber.normalise(idNumbers.get(h.accountId())))).toList();
    }

    /** Every active title case of the subjects' accounts, or of any account with one of their ID numbers. */
    private List<OtherCase> activeCasesOf(Collection<Subject> subjects) {
        Set<Long> people = new TreeSet<>(accounts.withIdNumbers(subjects.stream().map(Subject::idNumber)
                .filter(Objects::nonNull).toList()));
        subjects.forEach(s -> people.add(s.applicantId()));
        List<OtherCase> found = query("""
                select c.case_number, c.applicant_id, c.round_id from tb.title_case c
                where c.status in (%s) and c.applicant_id = any(?)""".formatted(ACTIVE_STATUSES),
                (rs, i) -> new OtherCase(rs.getString("case_number"), rs.getLong("applicant_id"), null,
                        (Long) rs.getObject("round_id")),
                new Object[]{people.toArray(Long[]::new)});
        Map<Long, String> idNumbers = accounts.idNumbersOf(found.stream().map(OtherCase::accountId).toList());
        return found.stream().map(o -> new OtherCase(o.caseNumber(), o.accountId(),
                ChineseIdNumber.normalise(idNumbers.get(o.accountId())), o.roundId())).toList();
    }

    /** A query whose parameters are all arrays ({@code = any(?)}): text[] for strings, bigint[] for longs. */
    private <T> List<T> query(String sql, RowMapper<T> mapper, Object[] arrays) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < arrays.length; i++) {
                Object[] values = (Object[]) arrays[i];
                statement.setArray(i + 1, connection.createArrayOf(values instanceof Long[] ? "int8" : "text", values));
            }
            return statement;
        }, mapper);
    }

    private record Subject(String caseNumber, long applicantId, String idNumber, CaseStatus status,
                           ProfileSnapshot evidence, Set<String> certificateNumbers) {
    }

    private record Holder(String certificateNumber, String caseNumber, long accountId, String idNumber) {
    }

    private record OtherCase(String caseNumber, long accountId, String idNumber, Long roundId) {
    }
}
