package org.kmslog.sample;

/**
 * A volume-licensed product a KMS client asks to activate.
 *
 * @param name a readable name for the README
 * @param activationId the SKU id the tuples carry
 * @param minCount the N-policy: the host count the product needs
 */
record Product(String name, String activationId, int minCount) {
  static final Product WINDOWS_ENTERPRISE =
      new Product("Windows 10/11 Enterprise", "73111121-5638-40f6-bc11-f1d7b0d64300", 25);
  static final Product SERVER_2022_STANDARD =
      new Product("Windows Server 2022 Standard", "9bd77860-9b31-4b7b-96ad-2564017315bf", 5);
  static final Product SERVER_2019_DATACENTER =
      new Product("Windows Server 2019 Datacenter", "34e1ae55-27f8-4950-8877-7a03be5fb181", 5);
  static final Product OFFICE_2016_PROPLUS =
      new Product("Office 2016 ProPlus", "d450596f-894d-49e0-966a-fd39ed4c4c64", 5);
}
