package org.kmslog.kms;

/** A decoded KMS activation event. */
public sealed interface KmsEvent permits ClientRequest, ClientResponse, HostRequest, DnsPublish {

  /** Where and when it was logged. */
  EventHeader header();
}
