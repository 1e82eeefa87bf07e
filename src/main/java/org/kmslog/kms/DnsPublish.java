package org.kmslog.kms;

/**
 * Events 12293 (failed) and 12294 (succeeded): a KMS host publishing its SRV record to DNS.
 *
 * @param header where and when it was logged
 * @param succeeded true for 12294
 * @param hresult the failure code of a 12293, null for a success
 * @param domain the DNS domain, or null when the export does not say
 */
public record DnsPublish(EventHeader header, boolean succeeded, Hresult hresult, String domain)
    implements KmsEvent {}
