package qiao.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import qiao.portal.privacy.PersonalData.Kind;

class PersonalDataTest {

    @Test
    void masksMobileNumbersInTheirUsualForms() {
        assertEquals("我的手机 138****5678，请联系", PersonalData.mask("我的手机 13812345678，请联系"));
        assertEquals("call 138****5678", PersonalData.mask("call +86 138 1234 5678"));
        assertEquals("138****5678", PersonalData.mask("138-1234-5678"));
        assertEquals("12812345678", PersonalData.mask("12812345678"), "not a mobile prefix");
        assertEquals("订单号 213812345678901", PersonalData.mask("订单号 213812345678901"), "part of a longer number");
    }

    @Test
    void masksLandlines() {
        assertEquals("客服 010-****5678", PersonalData.mask("客服 010-12345678"));
        assertEquals("0755-****4567", PersonalData.mask("0755-1234567"));
    }

    @Test
    void masksResidentIdsOnlyWithAValidChecksum() {
        String valid = "11010519491231002X";
        assertTrue(PersonalData.validResidentId(valid));
        assertEquals("身份证 110***********002X", PersonalData.mask("身份证 " + valid));
        assertEquals(Set.of(Kind.RESIDENT_ID), PersonalData.kinds(valid));
        assertFalse(PersonalData.kinds("110105194912310021").contains(Kind.RESIDENT_ID), "wrong check digit");
    }

    @Test
    void masksBankCardsOnlyWhenLuhnAgrees() {
        assertEquals("卡号 **** **** **** 4444", PersonalData.mask("卡号 5555 5555 5555 4444"));
        assertEquals("**** **** **** 1117", PersonalData.mask("6011-1111-1111-1117"));
        assertEquals("**** **** **** 1111", PersonalData.mask("4111111111111111"));
        assertFalse(PersonalData.contains("4111111111111112"), "fails the Luhn check");
    }

    @Test
    void masksEmailAddresses() {
        assertEquals("写信到 z***@example.cn 吧", PersonalData.mask("写信到 zhang.san@example.cn 吧"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "2026年11月22日 订单 20261122 金额 128.50 元，版本 1.2.3";
        assertEquals(text, PersonalData.mask(text));
        assertFalse(PersonalData.contains(text));
    }

    @Test
    void findsSeveralKindsInOneText() {
        String text = "手机13912345678，邮箱 li@qq.com，卡 4111111111111111";
        assertEquals(Set.of(Kind.MOBILE, Kind.EMAIL, Kind.BANK_CARD), PersonalData.kinds(text));
        assertEquals("手机139****5678，邮箱 l***@qq.com，卡 **** **** **** 1111", PersonalData.mask(text));
    }

    @Test
    void seesFullWidthAndOtherDigitsAsDigits() {
        assertEquals("手机 138****5678", PersonalData.mask("手机 １３８１２３４５６７８"));
        assertEquals("138****5678", PersonalData.mask("１３８－１２３４－５６７８"));
        assertEquals("身份证 110***********002X", PersonalData.mask("身份证 １１０１０５１９４９１２３１００２Ｘ"));
        assertEquals(Set.of(Kind.BANK_CARD), PersonalData.kinds("４１１１ １１１１ １１１１ １１１１"));
        assertEquals("z***@example.cn", PersonalData.mask("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ"));
    }

    @Test
    void ignoresInvisibleCharactersBetweenDigits() {
        assertEquals("电话 138****5678 谢谢", PersonalData.mask("电话 138\u200b1234\u200c5678 谢谢"));
        assertEquals("138****5678", PersonalData.mask("1\u20603\u200d8\ufeff1234\u00ad5678"));
        assertEquals("110***********002X", PersonalData.mask("110105\u200b19491231\u200b002X"));
    }

    @Test
    void findsResidentIdsWrittenInGroups() {
        assertEquals("110***********002X", PersonalData.mask("110105 19491231 002X"));
        assertEquals("110***********002X", PersonalData.mask("110 105 1949 1231 002X"));
        assertEquals("110***********002X", PersonalData.mask("110105-19491231-002x".toUpperCase()));
        assertFalse(PersonalData.kinds("110105 19491231 0021").contains(Kind.RESIDENT_ID), "wrong check digit");
    }

    @Test
    void findingsPointAtTheTextAsWritten() {
        String text = "ab１３８\u200b１２３４５６７８cd";
        PersonalData.Finding f = PersonalData.find(text).get(0);
        assertEquals(2, f.start());
        assertEquals(text.length() - 2, f.end());
    }

    @Test
    void unmaskPutsTheOriginalsBackWhereTheMaskedFormsStillAre() {
        String original = "电话 13812345678，卡 4111111111111111，备用 13912345678";
        String edited = "请打 138****5678（已核实），卡 **** **** **** 1111，另一个号码删掉了";
        assertEquals("请打 13812345678（已核实），卡 4111111111111111，另一个号码删掉了",
                PersonalData.unmask(edited, original));
        assertEquals("nothing personal", PersonalData.unmask("nothing personal", original));
        assertEquals("typed 13812345678 twice: 138****5678", PersonalData.unmask("typed 138****5678 twice: 138****5678",
                "only one 13812345678"), "each original goes back once");
        assertEquals("1: 13812345678 2: 13812995678",
                PersonalData.unmask("1: 138****5678 2: 138****5678", "13812345678 and 13812995678"),
                "the same masked form stands for each original in turn");
    }
}
