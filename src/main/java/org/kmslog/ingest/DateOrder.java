package org.kmslog.ingest;

/** The order of year, month and day in a localized date. */
public enum DateOrder {
  /** 2021/10/27, 2021-10-27 (ISO, Japanese, Chinese). */
  YMD,
  /** 27.10.2021, 27/10/2021 (German, French, Spanish, British). */
  DMY,
  /** 10/27/2021 (United States). */
  MDY
}
