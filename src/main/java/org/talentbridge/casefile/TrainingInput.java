package org.talentbridge.casefile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new training record: the year (not in the future), course, provider and hours (0.5 to 2000, one decimal). */
public record TrainingInput(@NotNull @Min(1950) Integer year, @NotBlank @Size(max = 200) String course,
                            @NotBlank @Size(max = 200) String provider,
                            @NotNull @DecimalMin("0.5") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours) {
}
