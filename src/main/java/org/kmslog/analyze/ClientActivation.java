package org.kmslog.analyze;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One client machine and one product it activates through KMS, as an analysis run's clients table
 * (client_activation, filled by sql/analyzers/85-clients.sql) holds it.
 *
 * @param client the machine's name, the longest it was seen under
 * @param clientKey its machine key (short name, lower case)
 * @param cmids its CMIDs, comma-separated, or null
 * @param activationId the product's activation ID, or null when no request named one
 * @param product the product's name, or null for an ID kmslog does not know
 * @param status active, expiring, failing or never
 * @param host the host its newest request went to, or null
 * @param lastRequest its newest request, UTC, or null
 * @param lastSuccess its newest successful activation or renewal, UTC, or null
 * @param successHost the host that activated it then, or null
 * @param validUntil when that activation runs out, UTC, or null when it was never activated
 * @param renewAt when it renews next, UTC, or null
 * @param licenseState the license state its newest request reported (0..6), or null
 * @param daysLeft whole days of activation (or grace) left at the reference time, or null
 * @param lastError the newest error code since its last success, or null
 * @param lastErrorAt when that error came, UTC, or null when none came since
 * @param errorMeaning what the error means, or null
 */
public record ClientActivation(
    String client,
    String clientKey,
    String cmids,
    UUID activationId,
    String product,
    String status,
    String host,
    LocalDateTime lastRequest,
    LocalDateTime lastSuccess,
    String successHost,
    LocalDateTime validUntil,
    LocalDateTime renewAt,
    Integer licenseState,
    Integer daysLeft,
    String lastError,
    LocalDateTime lastErrorAt,
    String errorMeaning) {

  /** The statuses, in the order the reports list them: the ones that need attention first. */
  public static final List<String> STATUSES = List.of("failing", "never", "expiring", "active");

  /** The product's name, or its activation ID when kmslog does not know it, or "unknown". */
  public String productName() {
    if (product != null) {
      return product;
    }
    return activationId != null ? activationId.toString() : "unknown (no activation ID logged)";
  }

  /** The license state in words, such as "licensed", or "unknown" when none was logged. */
  public String licenseStateWords() {
    if (licenseState == null) {
      return "unknown";
    }
    return switch (licenseState) {
      case 0 -> "unlicensed";
      case 1 -> "licensed";
      case 2 -> "out-of-box grace";
      case 3 -> "out-of-tolerance grace";
      case 4 -> "non-genuine grace";
      case 5 -> "notification";
      case 6 -> "extended grace";
      default -> "state " + licenseState;
    };
  }
}
