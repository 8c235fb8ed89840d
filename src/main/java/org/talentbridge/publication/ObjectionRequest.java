package org.talentbridge.publication;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.validation.IdNumber;
import org.talentbridge.shared.validation.Text;

/**
 * A real-name objection: the objector's name, a way to reach them (phone or e-mail, at least one), the ID number
 * if they give it, and what they object to.
 */
public record ObjectionRequest(
        @Text(max = 50) String objectorName,
        @IdNumber String idNumber,
        @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{validation.objectionPhone}") String phone,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
        @Text(max = 2000) String statement) {
}
