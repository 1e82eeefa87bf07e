package org.kmslog.importer;

import java.time.ZoneId;

/**
 * Choices the user makes for an import.
 *
 * @param timeZone the zone of local times in exports that have no zone (CSV)
 * @param computer the computer name for events whose export does not name one, or null
 */
public record ImportSettings(ZoneId timeZone, String computer) {}
