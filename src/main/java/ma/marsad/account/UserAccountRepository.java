package ma.marsad.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import ma.marsad.base.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(Role role);

    /** Reads the account and holds its row until the transaction ends: two edits of it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> findForUpdate(long id);

    /**
     * The enabled holders of a role, their rows held until the transaction ends, so that two administrators
     * disabling each other at once cannot leave nobody able to administer.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.enabled = true and u.id in"
            + " (select v.id from UserAccount v join v.roles r where r = :role)")
    List<UserAccount> findEnabledWithRoleForUpdate(Role role);
}
