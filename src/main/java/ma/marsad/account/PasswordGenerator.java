package ma.marsad.account;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Makes up first and reset passwords: 20 characters from SecureRandom, none that reads like another. */
@Component
class PasswordGenerator {

    static final int LENGTH = 20;

    // No 0/O, 1/l/I: the administrator may read it out or copy it by hand.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
