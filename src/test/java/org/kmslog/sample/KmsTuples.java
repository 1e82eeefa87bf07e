package org.kmslog.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds the fields of the KMS "Info:" tuples exactly as KMS-REFERENCE describes them. */
final class KmsTuples {
  static final String OK = "0x0";
  static final String NO_HOST = "0xC004F074";
  static final String COUNT_TOO_LOW = "0xC004F038";
  static final String INVALID_TIMESTAMP = "0xC004F06C";

  private KmsTuples() {}

  /** The ten fields of a client's 12288 (fewer or an empty last one with a quirk). */
  static List<String> clientRequest(
      String hresult,
      String hostPort,
      String cmid,
      Instant clientClock,
      boolean vm,
      LicenseStatus license,
      Product product,
      TupleQuirk quirk) {
    List<String> fields = new ArrayList<>(10);
    fields.add(hresult);
    fields.add("0x0");
    fields.add(hostPort);
    fields.add(cmid);
    fields.add(paddedClientTime(clientClock));
    fields.add(vm ? "1" : "0");
    fields.add(Integer.toString(license.state()));
    fields.add(Long.toString(license.minutesToExpiry()));
    if (quirk != TupleQuirk.DROP_LAST_TWO) {
      fields.add(product.activationId());
      fields.add(quirk == TupleQuirk.EMPTY_MIN_COUNT ? "" : Integer.toString(product.minCount()));
    }
    return fields;
  }

  /** The eight fields of a client's 12289. */
  static List<String> clientResponse(
      String hresult, boolean activated, int hostCount, Instant clientClock) {
    return List.of(
        hresult,
        "0x0",
        activated ? "1" : "0",
        "0",
        Integer.toString(hostCount),
        "120",
        "10080",
        paddedClientTime(clientClock));
  }

  /** The nine fields of a host's 12290. */
  static List<String> hostRequest(
      String hresult,
      Product product,
      String clientName,
      String cmid,
      Instant clientClock,
      boolean vm,
      LicenseStatus license) {
    return List.of(
        hresult,
        Integer.toString(product.minCount()),
        clientName,
        cmid,
        unpaddedClientTime(clientClock),
        vm ? "1" : "0",
        Integer.toString(license.state()),
        Long.toString(license.minutesToExpiry()),
        product.activationId());
  }

  /** {@code yyyy/MM/dd HH:mm}, as clients write it. */
  static String paddedClientTime(Instant t) {
    LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(16);
    Digits.pad(b, d.getYear(), 4).append('/');
    Digits.pad(b, d.getMonthValue(), 2).append('/');
    Digits.pad(b, d.getDayOfMonth(), 2).append(' ');
    Digits.pad(b, d.getHour(), 2).append(':');
    return Digits.pad(b, d.getMinute(), 2).toString();
  }

  /** {@code yyyy/M/d H:mm}, as hosts write it. */
  static String unpaddedClientTime(Instant t) {
    LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(16);
    b.append(d.getYear()).append('/').append(d.getMonthValue()).append('/');
    b.append(d.getDayOfMonth()).append(' ').append(d.getHour()).append(':');
    return Digits.pad(b, d.getMinute(), 2).toString();
  }
}
