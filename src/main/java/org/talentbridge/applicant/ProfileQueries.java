package org.talentbridge.applicant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/**
 * The applicant module's query API for other modules' rules (issue 14): facts of profiles read without joining the
 * profile tables. Read-only, no permission of its own: the calling service has checked its caller.
 */
@Component
public class ProfileQueries {

    private final JdbcTemplate jdbc;
    private final ApplicantProfileRepository profiles;

    ProfileQueries(JdbcTemplate jdbc, ApplicantProfileRepository profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /** A skill certificate number (trimmed, upper case) as a profile records it, and whose profile that is. */
    public record CertificateHolding(String certificateNumber, long accountId) {
    }

    /** The technical-school class the person's profile records (rule Q), if any. */
    @Transactional(readOnly = true)
    public Optional<TechnicalSchoolClass> schoolClassOf(long accountId) {
        return profiles.findById(accountId).map(ApplicantProfile::getTechnicalSchoolClass);
    }

    /** Every profile's skill certificate whose number (trimmed, upper case) is one of these (rule I.2). */
    @Transactional(readOnly = true)
    public List<CertificateHolding> skillCertificatesNumbered(Collection<String> normalisedNumbers) {
        String[] numbers = normalisedNumbers.stream().distinct().toArray(String[]::new);
        List<CertificateHolding> found = new ArrayList<>();
        if (numbers.length > 0) {
            jdbc.query(c -> {
                var s = c.prepareStatement("""
                        select upper(btrim(certificate_number)), account_id from tb.skill_certificate
                        where upper(btrim(certificate_number)) = any(?)""");
                s.setArray(1, c.createArrayOf("text", numbers));
                return s;
            }, rs -> {
                found.add(new CertificateHolding(rs.getString(1), rs.getLong(2)));
            });
        }
        return found;
    }
}
