package org.talentbridge.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a request record and turns every violation into a {@link FieldProblem}, so that
 * services validate once and the UI and the API present the same messages.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object request) {
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> problemsOf(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), keyOf(v.getMessageTemplate())));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::messageKey));
        return problems;
    }

    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
