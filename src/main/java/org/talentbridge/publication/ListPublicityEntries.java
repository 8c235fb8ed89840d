package org.talentbridge.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ListEntries}: the period of the list has ended (by this node's clock; otherwise the job fails and is
 * retried); the number of its entries sets how many grant jobs follow ({@code entries}).
 */
@Component("listPublicityEntries")
class ListPublicityEntries implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ListPublicityEntries.class);

    private final PublicationService publication;

    ListPublicityEntries(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PublicityPeriodProcess.VAR_PUBLICITY_ID)).longValue();
        int entries = publication.entriesToGrant(id);
        execution.setVariable(PublicityPeriodProcess.VAR_ENTRIES, entries);
        log.info("publicity {}: period ended, {} entries to grant one job each", id, entries);
    }
}
