package org.talentbridge.casefile;

/** The bytes of a document version, with its sanitised name and the type its first bytes showed. */
public record DocumentContent(String fileName, String contentType, byte[] content) {
}
