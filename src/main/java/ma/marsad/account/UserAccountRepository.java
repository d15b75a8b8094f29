package ma.marsad.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ma.marsad.base.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(Role role);
}
