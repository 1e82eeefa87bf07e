package org.kmslog.kms;

/**
 * An optional field of a KMS event's Info tuple whose value kmslog cannot read: the event is kept,
 * without that field.
 *
 * @param eventId the event's ID
 * @param field the field's name, such as "client time"
 * @param value the value as logged
 * @param expected what a value of the field looks like, such as "a time such as 2026/10/01 08:15"
 */
public record OddField(int eventId, String field, String value, String expected) {}
