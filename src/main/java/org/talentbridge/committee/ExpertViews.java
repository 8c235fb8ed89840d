package org.talentbridge.committee;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;

/** Experts as the screens see them (account name and display name, employer name), for the pool and the draws. */
@Component
class ExpertViews {

    private final AccountService accounts;
    private final EmployerService employers;

    ExpertViews(AccountService accounts, EmployerService employers) {
        this.accounts = accounts;
        this.employers = employers;
    }

    List<ExpertView> of(List<Expert> list, Map<Long, String> employerNames) {
        Map<Long, AccountView> people = accounts.findAllById(list.stream().map(Expert::getAccountId).collect(Collectors.toSet()));
        return list.stream().map(e -> {
            AccountView a = people.get(e.getAccountId());
            return new ExpertView(e.getId(), e.getAccountId(), a == null ? "" : a.username(), a == null ? "" : a.displayName(),
                    e.getSeries(), e.getMaxLevel(), e.getEmployerId(), employerNames.get(e.getEmployerId()), e.isHighSkilled(),
                    e.isActive(), e.getAddedAt());
        }).toList();
    }

    /** Every registered employer's name by id (a few hundred at most). */
    Map<Long, String> employerNames() {
        return employers.all().stream().collect(Collectors.toMap(EmployerView::id, EmployerView::name));
    }
}
