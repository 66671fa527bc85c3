package org.grantwell.workflow.shared;

/** One problem with one field, in words the user understands; {@code code} is stable for clients. */
public record FieldError(String code, String field, String message) implements java.io.Serializable {}
