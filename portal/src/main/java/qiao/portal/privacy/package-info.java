/**
 * Personal data in what people write: mainland mobile and landline numbers, 18-digit resident ID
 * numbers (checksum-verified), bank card numbers (Luhn-verified) and e-mail addresses are found by
 * {@link qiao.portal.privacy.PersonalData} and masked on every public page. The author and staff
 * may see the original; a staff member's look is logged with who, when, which post and why.
 */
package qiao.portal.privacy;
