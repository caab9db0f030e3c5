/**
 * Personal data in what people write: mainland mobile and landline numbers, 18-digit resident ID
 * numbers (checksum-verified), bank card numbers (Luhn-verified) and e-mail addresses are found by
 * {@link qiao.portal.privacy.PersonalData} and masked on every public page. The author and staff
 * may see the original; a staff member's look is logged with who, when, which post and why.
 *
 * <p>It also defines {@link qiao.portal.privacy.PersonalRecords}, the SPI through which each feature exports and erases
 * what it holds about one person (implemented in each feature's own package, over its own tables), and
 * {@link qiao.portal.privacy.RecordRows} to read such rows portably. The rights themselves (export, erasure) are in
 * {@code qiao.portal.privacy.rights}.
 */
package qiao.portal.privacy;
