package org.talentbridge.skilleval;

/** The evaluation task was completed meanwhile, or is not one of the caller's organisation ("not found"). */
public class EvaluationGoneException extends RuntimeException {

    EvaluationGoneException() {
        super("evaluation not found");
    }
}
