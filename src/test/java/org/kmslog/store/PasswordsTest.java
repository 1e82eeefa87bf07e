package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A password written into a JDBC URL is shown as ***; the rest of the URL, and other text, stays.
 */
class PasswordsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db/kms?password=s3cret | jdbc:postgresql://db/kms?password=***",
        "jdbc:postgresql://db/kms?user=k&password=s3cret&ssl=true"
            + " | jdbc:postgresql://db/kms?user=k&password=***&ssl=true",
        "jdbc:postgresql://db/kms?currentSchema=k&PASSWORD=a;b"
            + " | jdbc:postgresql://db/kms?currentSchema=k&PASSWORD=***;b",
        "jdbc:postgresql://kmslog:s3cret@db:5432/kms?currentSchema=k"
            + " | jdbc:postgresql://kmslog:***@db:5432/kms?currentSchema=k",
        "jdbc:h2:/srv/kmslog;USER=sa;PASSWORD=s3cret | jdbc:h2:/srv/kmslog;USER=sa;PASSWORD=***",
        "jdbc:postgresql://db:5432/kms?currentSchema=k | jdbc:postgresql://db:5432/kms?currentSchema=k",
        "./password=x/kmslog | ./password=x/kmslog",
        "--password=x | --password=x",
      })
  void aPasswordInAUrlIsHidden(String text, String shown) {
    assertEquals(shown, Passwords.hidden(text));
  }
}
