package org.talentbridge.employer;

/**
 * A registered employer as other modules see it.
 *
 * @param creditCode        the unified social credit code (统一社会信用代码), when known
 * @param publicInstitution a public institution (事业单位), whose staff on the establishment need a post confirmation
 */
public record EmployerView(Long id, String name, String creditCode, boolean publicInstitution) {

    /** The Camunda candidate group of this employer's reviewers: employer review tasks go to it. */
    public String group() {
        return groupOf(id);
    }

    public static String groupOf(Long employerId) {
        return "employer-" + employerId;
    }
}
