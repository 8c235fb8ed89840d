package org.talentbridge.shared.validation;

import java.util.List;

/**
 * Input refused by validation or by a business rule about a field. The UI shows each problem beside its
 * field; the API answers HTTP 400 with the same list. Nothing has been written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
