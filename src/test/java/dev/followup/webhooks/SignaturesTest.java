package dev.followup.webhooks;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard Webhooks signatures, checked against the specification's own example. */
class SignaturesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    /** What the standardwebhooks npm package (an independent implementation) signs for the above. */
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsAsTheSpecificationSays() {
        assertThat(Signatures.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        assertThat(Signatures.sign(SECRET, ID + "x", TIMESTAMP, BODY)).isNotEqualTo(EXPECTED);
        assertThat(Signatures.sign(SECRET, ID, TIMESTAMP + 1, BODY)).isNotEqualTo(EXPECTED);
        assertThat(Signatures.sign(SECRET, ID, TIMESTAMP, BODY + " ")).isNotEqualTo(EXPECTED);
    }

    @Test
    void duringARotationTheHeaderCarriesOneSignaturePerSecret() {
        String other = Signatures.newSecret();
        String header = Signatures.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        assertThat(header.split(" ")).hasSize(2).contains(EXPECTED, Signatures.sign(other, ID, TIMESTAMP, BODY));
        assertThat(Signatures.header(List.of(SECRET), ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesInBase64() {
        String secret = Signatures.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(Signatures.newSecret()).isNotEqualTo(secret);
    }
}
