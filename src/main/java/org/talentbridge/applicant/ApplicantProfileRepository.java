package org.talentbridge.applicant;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantProfileRepository extends JpaRepository<ApplicantProfile, Long> {
}
