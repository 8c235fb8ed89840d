package org.talentbridge.investigation;

/** An evidence file of an investigation's record as {@link InvestigationService#file(long)} returns it, for download. */
public interface InvestigationFileContent {

    String fileName();

    String contentType();

    byte[] content();
}
