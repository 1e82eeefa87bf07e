package org.kmslog.kms;

/** A KMS event whose data cannot be decoded; the message says which field and why. */
public final class DecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  DecodeException(String message) {
    super(message);
  }
}
