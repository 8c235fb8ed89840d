package org.talentbridge.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.talentbridge.account.AccountRow;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.Role;
import org.talentbridge.account.StaffAccountRequest;
import org.talentbridge.account.security.SignInThrottle;
import org.talentbridge.account.token.ApiTokenService;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators: every account (ID numbers masked), searchable and paged, new staff accounts, and the account names
 * and client addresses that are locked after too many wrong passwords, with a button that lifts each lock, and the API
 * tokens of other systems ({@link ApiTokensSection}).
 */
@Route("admin/accounts")
@Menu(order = 80, title = "nav.accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<AccountRow> grid = new Grid<>();
    final TextField username = new TextField(getTranslation("field.username"));
    final TextField displayName = new TextField(getTranslation("field.displayName"));
    final Select<Role> role = Labels.enumSelect(this, "field.role", Role.class, Role::messageKey);
    /** The organisation; for an employer reviewer one of the registered employers (whose staff they review). */
    final ComboBox<String> employer = new ComboBox<>(getTranslation("field.employer"));
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final Button create = new Button(getTranslation("accounts.create"));
    /** Locks in force (brute-force protection), each with its unlock button. */
    final Grid<SignInThrottle.Lock> locks = new Grid<>();
    private final transient SignInThrottle throttle;
    private final FormErrors errors = new FormErrors(this);
    private final transient AccountService accounts;
    /** API tokens for other systems (issue 19). */
    final ApiTokensSection apiTokens;

    public AccountsView(AccountService accounts, EmployerService employers, SignInThrottle throttle, ApiTokenService tokens) {
        this.accounts = accounts;
        this.apiTokens = new ApiTokensSection(tokens);
        this.throttle = throttle;
        employer.setItems(employers.all().stream().map(EmployerView::name).toList());
        employer.setAllowCustomValue(true);
        employer.addCustomValueSetListener(e -> employer.setValue(e.getDetail()));
        employer.setHelperText(getTranslation("accounts.employer.help"));
        setSizeFull();
        filter.setPlaceholder(getTranslation("accounts.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());

        grid.addColumn(AccountRow::username).setHeader(getTranslation("field.username"));
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("field.displayName"));
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(getTranslation("list.separator"))))
                .setHeader(getTranslation("field.role"));
        grid.addColumn(AccountRow::idNumberMasked).setHeader(getTranslation("field.idNumber"));
        grid.addColumn(AccountRow::employer).setHeader(getTranslation("field.employer"));
        grid.addColumn(a -> Labels.dateTime(a.createdAt())).setHeader(getTranslation("accounts.createdAt"));

        // evaluators are opened on their organisation (admin/evaluation-organisations), which ties them to it
        role.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT && r != Role.EVALUATOR).toList());
        errors.bind("username", username).bind("displayName", displayName).bind("role", role)
                .bind("employer", employer).bind("password", password);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                accounts.createStaff(new StaffAccountRequest(username.getValue(), displayName.getValue(), role.getValue(),
                        employer.getValue(), password.getValue()));
                errors.clear();
                Notification.show(getTranslation("accounts.created", username.getValue()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                username.clear();
                displayName.clear();
                password.clear();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        locks.addColumn(l -> getTranslation("accounts.lock.kind." + l.kind().name())).setHeader(getTranslation("accounts.lock.kind"));
        locks.addColumn(SignInThrottle.Lock::subject).setHeader(getTranslation("accounts.lock.subject"));
        locks.addColumn(SignInThrottle.Lock::failures).setHeader(getTranslation("accounts.lock.failures"));
        locks.addColumn(l -> Labels.dateTime(l.lockedUntil().atOffset(java.time.ZoneOffset.UTC))).setHeader(getTranslation("accounts.lock.until"));
        locks.addComponentColumn(l -> new Button(getTranslation("accounts.unlock"), e -> {
            throttle.unlock(l.kind(), l.subject());
            Notification.show(getTranslation("accounts.unlocked", l.subject()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshLocks();
        })).setHeader(getTranslation("accounts.unlock")).setKey("unlock");
        locks.setAllRowsVisible(true);
        add(filter, grid, new H3(getTranslation("accounts.locks")), locks, new H3(getTranslation("accounts.new")),
                new FormLayout(username, displayName, role, employer, password), create, apiTokens);
    }

    private void refresh() {
        String f = filter.getValue();
        grid.setItems(q -> accounts.page(f, q.getOffset(), q.getLimit()).stream(), q -> accounts.count(f));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
        refreshLocks();
        apiTokens.refresh();
    }

    private void refreshLocks() {
        locks.setItems(throttle.locks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
