package org.kmslog.store;

/**
 * One activation error code from the reference in sql/reference/error-codes.sql.
 *
 * @param code the code as 0x and eight upper-case hex digits, such as 0xC004F074
 * @param meaning one sentence: what it means
 * @param causes what an admin should check
 * @param fix the fix, with the commands to run
 * @param contactFailure whether the client got no answer from any KMS host
 */
public record ActivationCode(
    String code, String meaning, String causes, String fix, boolean contactFailure) {}
