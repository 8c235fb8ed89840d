package org.talentbridge.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators: any process instance, running or ended, from the engine's history (history level full), newest
 * first and a page at a time. The applicant is shown masked.
 */
@Service
public class InstanceSearch {

    /** The process variable every case process carries with the applicant's account name. */
    static final String VAR_APPLICANT = "applicant";
    private static final int MAX_TEXT = 64;

    private final HistoryService history;
    private final RepositoryService repository;
    private final AccountService accounts;
    private final MonitoringProperties properties;

    InstanceSearch(HistoryService history, RepositoryService repository, AccountService accounts,
                   MonitoringProperties properties) {
        this.history = history;
        this.repository = repository;
        this.accounts = accounts;
        this.properties = properties;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<InstanceRow> search(InstanceFilter filter, int offset, int limit) {
        List<HistoricProcessInstance> found = query(filter).orderByProcessInstanceStartTime().desc()
                .listPage(Math.max(0, offset), Math.max(0, Math.min(limit, properties.pageSize())));
        return rows(found);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(InstanceFilter filter) {
        return query(filter).count();
    }

    private HistoricProcessInstanceQuery query(InstanceFilter f) {
        if (f.startedFrom() != null && f.startedTo() != null && f.startedTo().isBefore(f.startedFrom())) {
            throw InvalidInputException.of("startedTo", "monitoring.error.datesReversed");
        }
        HistoricProcessInstanceQuery q = history.createHistoricProcessInstanceQuery();
        String caseNumber = text("caseNumber", f.caseNumber());
        if (caseNumber != null) {
            String needle = caseNumber.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "").replace("\\", "");
            q.processInstanceBusinessKeyLike("%" + needle + "%");
        }
        String applicant = text("applicant", f.applicant());
        if (applicant != null) {
            q.variableValueEquals(VAR_APPLICANT, applicant);
        }
        if (f.processKey() != null && !f.processKey().isBlank()) {
            if (!properties.processes().contains(f.processKey())) {
                throw InvalidInputException.of("processKey", "monitoring.error.unknownProcess");
            }
            q.processDefinitionKey(f.processKey());
        } else {
            q.processDefinitionKeyIn(properties.processes().toArray(String[]::new));
        }
        if (f.state() == InstanceState.RUNNING) {
            q.unfinished();
        } else if (f.state() == InstanceState.ENDED) {
            q.finished();
        }
        if (f.startedFrom() != null) {
            q.startedAfter(startOf(f.startedFrom()));
        }
        if (f.startedTo() != null) {
            q.startedBefore(startOf(f.startedTo().plusDays(1)));
        }
        return q;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "monitoring.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    InstanceRow row(HistoricProcessInstance p) {
        return rows(List.of(p)).get(0);
    }

    private List<InstanceRow> rows(List<HistoricProcessInstance> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> applicantOf = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(found.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName(VAR_APPLICANT).disableCustomObjectDeserialization().list()) {
            if (v.getValue() instanceof String s) {
                applicantOf.put(v.getProcessInstanceId(), s);
            }
        }
        Map<String, String> masked = new HashMap<>();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        return found.stream().map(p -> {
            String applicant = applicantOf.get(p.getId());
            ProcessDefinition d = definitions.computeIfAbsent(p.getProcessDefinitionId(), repository::getProcessDefinition);
            return new InstanceRow(p.getId(), p.getBusinessKey(), p.getProcessDefinitionKey(),
                    d.getName() == null ? d.getKey() : d.getName(), d.getVersion(), p.getState(), p.getStartTime(),
                    p.getEndTime(), applicant == null ? "" : masked.computeIfAbsent(applicant, this::mask));
        }).toList();
    }

    private String mask(String username) {
        return accounts.findByUsername(username).map(InstanceSearch::mask).orElse(maskName(username));
    }

    static String mask(AccountView a) {
        String id = a.idNumber() == null ? "" : " " + ChineseIdNumber.mask(a.idNumber());
        return maskName(a.displayName()) + id;
    }

    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
