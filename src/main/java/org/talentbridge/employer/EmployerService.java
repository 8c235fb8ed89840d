package org.talentbridge.employer;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/** The register of employers: administrators add them; applicants pick theirs; cases are reviewed by them. */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final InputValidator validator;
    private final AuditLog audit;

    EmployerService(EmployerRepository employers, InputValidator validator, AuditLog audit) {
        this.employers = employers;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EmployerView register(EmployerRequest request) {
        validator.check(request);
        String name = request.name().strip();
        String code = request.creditCode() == null || request.creditCode().isBlank() ? null : request.creditCode().strip();
        if (employers.existsByName(name)) {
            throw InvalidInputException.of("name", "validation.employerTaken");
        }
        if (code != null && employers.existsByCreditCode(code)) {
            throw InvalidInputException.of("creditCode", "validation.creditCodeTaken");
        }
        Employer saved = employers.saveAndFlush(new Employer(name, code, request.publicInstitution()));
        audit.record("employer.registered", "employer:" + saved.view().id(), name);
        return saved.view();
    }

    /** Every registered employer by name (a short list: one row per organisation). */
    @Transactional(readOnly = true)
    public List<EmployerView> all() {
        return employers.findAllByOrderByNameAsc().stream().map(Employer::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EmployerView> findByName(String name) {
        return name == null ? Optional.empty() : employers.findByName(name.strip()).map(Employer::view);
    }

    @Transactional(readOnly = true)
    public Optional<EmployerView> find(Long id) {
        return id == null ? Optional.empty() : employers.findById(id).map(Employer::view);
    }
}
