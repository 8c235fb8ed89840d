package org.talentbridge.integrity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.talentbridge.shared.validation.IdNumber;
import org.talentbridge.shared.validation.PlausibleDate;
import org.talentbridge.shared.validation.Text;

/**
 * An integrity officer records an entry.
 *
 * @param activeUntil null: {@code activeFrom} plus {@code app.integrity.default-years}
 */
public record IntegrityEntryRequest(
        @NotBlank(message = "{validation.required}") @IdNumber String idNumber,
        @Text(max = 100) String personName,
        @NotNull(message = "{validation.required}") IntegrityFinding finding,
        @Text(max = 4000) String facts,
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate activeFrom,
        @PlausibleDate LocalDate activeUntil) {
}
