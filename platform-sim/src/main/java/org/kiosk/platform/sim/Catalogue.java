package org.kiosk.platform.sim;

import org.kiosk.platform.model.Availability;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.CounterAlternative;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.FormField.FieldOption;
import org.kiosk.platform.model.FormField.Prefill;
import org.kiosk.platform.model.FormField.Type;
import org.kiosk.platform.model.FormSchema;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.LocalizedText;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterTheme;
import org.kiosk.platform.model.Region;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.kiosk.platform.model.DocumentType.ELECTRONIC_ID;
import static org.kiosk.platform.model.DocumentType.FOREIGN_PERMANENT_RESIDENCE;
import static org.kiosk.platform.model.DocumentType.HMT_RESIDENCE_PERMIT;
import static org.kiosk.platform.model.DocumentType.HK_MACAO_TRAVEL_PERMIT;
import static org.kiosk.platform.model.DocumentType.PASSPORT;
import static org.kiosk.platform.model.DocumentType.RESIDENT_ID;

/**
 * The seeded service-matter catalogue and service centres: matters of Guangdong departments as a kiosk in Guangzhou
 * offers them, each listed under a citizen-facing theme. The implementing bodies' unified social credit codes are
 * well-formed (valid GB 32100 check character and GB 11714 organisation-code check digit) but fictional.
 */
public final class Catalogue {

    private static final MatterTheme SOCIAL_SECURITY = new MatterTheme("social-security", t("社会保障", "社會保障", "Social security"));
    private static final MatterTheme HOUSING = new MatterTheme("housing", t("住房公积金", "住房公積金", "Housing provident fund"));
    private static final MatterTheme RESIDENCE_TRAVEL = new MatterTheme("residence-travel",
            t("居住与出入境", "居住與出入境", "Residence and travel"));
    private static final MatterTheme FAMILY = new MatterTheme("family", t("婚育与养老", "婚育與養老", "Family and elderly care"));
    private static final MatterTheme BUSINESS_TAX = new MatterTheme("business-tax", t("企业与纳税", "企業與納稅", "Business and tax"));

    /** Replaced whole, never changed in place, so a reader sees one catalogue or the next. */
    private volatile Map<String, Matter> matters = new LinkedHashMap<>();
    private final Map<String, Centre> centres = new LinkedHashMap<>();

    private Catalogue() {
    }

    public static Catalogue seeded() {
        Catalogue c = new Catalogue();
        c.centre(new Centre("GZ-TH-01", t("天河区政务服务中心", "天河區政務服務中心", "Tianhe District Government Service Centre"),
                t("广州市天河区天河路 1 号", "廣州市天河區天河路 1 號", "1 Tianhe Road, Tianhe District, Guangzhou"), "09:00", "17:00", "16:30", Region.CN));
        c.centre(new Centre("GZ-YX-01", t("越秀区政务服务中心", "越秀區政務服務中心", "Yuexiu District Government Service Centre"),
                t("广州市越秀区东风中路 2 号", "廣州市越秀區東風中路 2 號", "2 Dongfeng Middle Road, Yuexiu District, Guangzhou"), "08:30", "17:30", "17:00", Region.CN));
        c.centre(new Centre("SZ-QH-01", t("前海深港国际服务城", "前海深港國際服務城", "Qianhai Shenzhen-Hong Kong International Service Centre"),
                t("深圳市南山区前海大道 3 号", "深圳市南山區前海大道 3 號", "3 Qianhai Avenue, Nanshan District, Shenzhen"), "09:00", "18:00", "17:00", Region.CN));

        LocalizedText hrss = t("广州市人力资源和社会保障局", "廣州市人力資源和社會保障局", "Guangzhou Human Resources and Social Security Bureau");
        LocalizedText fund = t("广州住房公积金管理中心", "廣州住房公積金管理中心", "Guangzhou Housing Provident Fund Management Centre");
        LocalizedText police = t("广州市公安局天河区分局", "廣州市公安局天河區分局", "Tianhe Branch, Guangzhou Public Security Bureau");
        LocalizedText exitEntry = t("广东省公安厅出入境管理局", "廣東省公安廳出入境管理局", "Exit-Entry Administration, Guangdong Public Security Department");
        LocalizedText market = t("广州市市场监督管理局", "廣州市市場監督管理局", "Guangzhou Administration for Market Regulation");

        c.matter(SOCIAL_SECURITY, new Matter("000110003000", "114401000074998281" + "2000110003000", "114401000074998281200011000300001",
                hrss, t("社会保险个人参保证明打印", "社會保險個人參保證明列印", "Social insurance contribution certificate"),
                IdentityLevel.DOCUMENT, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, ELECTRONIC_ID), false,
                form(name(), idNumber(), date("periodFrom", t("参保起始月份", "參保起始月份", "From (month)"), true),
                        date("periodTo", t("参保截止月份", "參保截止月份", "To (month)"), true),
                        select("purpose", t("用途", "用途", "Purpose"), true,
                                option("housing", t("购房", "購房", "Buying a home")), option("school", t("子女入学", "子女入學", "School enrolment")),
                                option("other", t("其他", "其他", "Other")))),
                allDay(), 0, Region.CN, false, counter(true)));
        c.matter(SOCIAL_SECURITY, new Matter("000110004000", "114401000074998281" + "2000110004000", "114401000074998281200011000400001",
                hrss, t("城乡居民养老保险待遇资格认证", "城鄉居民養老保險待遇資格認證", "Residents' pension entitlement confirmation"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID), true,
                form(name(), idNumber(), phone(true)),
                allDay(), 3, Region.CN, false, counter(true)));
        c.matter(HOUSING, new Matter("000112003000", "11440100007436085C" + "2000112003000", "11440100007436085C200011200300001",
                fund, t("住房公积金缴存证明", "住房公積金繳存證明", "Housing provident fund deposit certificate"),
                IdentityLevel.DOCUMENT, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT), false,
                form(name(), idNumber(), text("employer", t("缴存单位名称", "繳存單位名稱", "Employer"), false, null, 2, 100, null)),
                allDay(), 1, Region.CN, true, counter(false)));
        c.matter(HOUSING, new Matter("000112005000", "11440100007436085C" + "2000112005000", "11440100007436085C200011200500002",
                fund, t("住房公积金提取（租房）", "住房公積金提取（租房）", "Housing provident fund withdrawal for rent"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT), true,
                form(name(), idNumber(), phone(true),
                        text("bankAccount", t("收款银行账号", "收款銀行賬號", "Bank account number"), true, "[0-9]{12,19}", null, null, null),
                        text("monthlyRent", t("月租金（元）", "月租金（元）", "Monthly rent (CNY)"), true, "[0-9]{1,6}", null, null, null)),
                allDay(), 3, Region.CN, false, counter(true)));
        c.matter(RESIDENCE_TRAVEL, new Matter("000105001000", "114401060074521066" + "2000105001000", "114401060074521066200010500100001",
                police, t("居住证申领", "居住證申領", "Residence permit application"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID), true,
                form(name(), idNumber(), phone(true),
                        text("residentialAddress", t("居住地址", "居住地址", "Address of residence"), true, null, 5, 200, null),
                        date("residentSince", t("居住起始日期", "居住起始日期", "Living there since"), true),
                        select("basis", t("申领依据", "申領依據", "Basis"), true,
                                option("employment", t("合法稳定就业", "合法穩定就業", "Stable employment")),
                                option("residence", t("合法稳定住所", "合法穩定住所", "Stable residence")),
                                option("study", t("连续就读", "連續就讀", "Full-time study")))),
                allDay(), 15, Region.CN, false, counter(true)));
        c.matter(RESIDENCE_TRAVEL, new Matter("000105012000", "11440000006939852L" + "2000105012000", "11440000006939852L200010501200001",
                exitEntry, t("往来港澳通行证再次签注", "往來港澳通行證再次簽注", "Re-endorsement of the Exit-Entry Permit to Hong Kong and Macao"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID, HK_MACAO_TRAVEL_PERMIT), true,
                form(name(), idNumber(),
                        text("permitNumber", t("通行证号码", "通行證號碼", "Permit number"), true, "C[0-9A-Z][0-9]{7}", null, null, null),
                        select("destination", t("前往地", "前往地", "Destination"), true,
                                option("HK", t("香港", "香港", "Hong Kong")), option("MO", t("澳门", "澳門", "Macao"))),
                        select("endorsement", t("签注种类", "簽注種類", "Endorsement"), true,
                                option("T1", t("团队旅游一次", "團隊旅遊一次", "Group tour, one trip")),
                                option("G1", t("个人旅游一次", "個人旅遊一次", "Individual visit, one trip")),
                                option("G2", t("个人旅游二次", "個人旅遊二次", "Individual visit, two trips")))),
                allDay(), 7, Region.CN, true, counter(true)));
        c.matter(BUSINESS_TAX, new Matter("000118002000", "11440100007500120C" + "2000118002000", "11440100007500120C200011800200001",
                market, t("营业执照登记信息查询打印", "營業執照登記資訊查詢列印", "Business licence registration information"),
                IdentityLevel.ELECTRONIC, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT, ELECTRONIC_ID), false,
                form(text("creditCode", t("统一社会信用代码", "統一社會信用代碼", "Unified social credit code"), true,
                        "[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}", null, null, null),
                        text("enterpriseName", t("企业名称", "企業名稱", "Enterprise name"), false, null, 2, 100, null)),
                allDay(), 0, Region.CN, true, counter(false)));
        c.matter(FAMILY, new Matter("000114008000", "11440103007183268K" + "2000114008000", "11440103007183268K200011400800001",
                t("广州市荔湾区卫生健康局", "廣州市荔灣區衛生健康局", "Liwan District Health Bureau, Guangzhou"),
                t("出生医学证明补发", "出生醫學證明補發", "Replacement birth medical certificate"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT), true,
                form(name(), idNumber(), phone(true),
                        text("childName", t("新生儿姓名", "新生兒姓名", "Child's name"), true, null, 1, 40, null),
                        date("childBirthDate", t("出生日期", "出生日期", "Child's date of birth"), true),
                        text("hospital", t("出生医院", "出生醫院", "Hospital of birth"), true, null, 2, 100, null)),
                allDay(), 20, Region.CN, false, counter(true)));
        c.matter(FAMILY, new Matter("000108011000", "11440104007321851M" + "2000108011000", "11440104007321851M200010801100001",
                t("广州市越秀区民政局", "廣州市越秀區民政局", "Yuexiu District Civil Affairs Bureau, Guangzhou"),
                t("婚姻登记记录证明", "婚姻登記記錄證明", "Certificate of marriage registration records"),
                IdentityLevel.DOCUMENT, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT), false,
                form(name(), idNumber(), phone(false),
                        select("recordType", t("证明类型", "證明類型", "Record"), true,
                                option("marriage", t("结婚登记记录", "結婚登記記錄", "Marriage registration")),
                                option("divorce", t("离婚登记记录", "離婚登記記錄", "Divorce registration")))),
                allDay(), 5, Region.CN, true, counter(true)));
        c.matter(FAMILY, new Matter("000108020000", "1144010500727512X1" + "2000108020000", "1144010500727512X1200010802000001",
                t("广州市海珠区民政局", "廣州市海珠區民政局", "Haizhu District Civil Affairs Bureau, Guangzhou"),
                t("高龄老人津贴资格认定", "高齡老人津貼資格認定", "Elderly allowance eligibility"),
                IdentityLevel.VERIFIED, List.of(RESIDENT_ID), true,
                form(name(), idNumber(), birthDate(), phone(false),
                        text("address", t("户籍地址", "戶籍地址", "Registered address"), true, null, 5, 200, Prefill.ADDRESS),
                        text("bankAccount", t("津贴发放银行账号", "津貼發放銀行賬號", "Bank account for the allowance"), true, "[0-9]{12,19}", null, null, null)),
                new Availability("06:00", "22:00", true), 10, Region.CN, false, counter(true)));
        c.matter(BUSINESS_TAX, new Matter("000120031000", "11440000006939019Q" + "2000120031000", "11440000006939019Q200012003100001",
                t("国家税务总局广东省税务局", "國家稅務總局廣東省稅務局", "Guangdong Provincial Tax Service, STA"),
                t("个人所得税纳税记录开具", "個人所得稅納稅記錄開具", "Individual income tax payment record"),
                IdentityLevel.DOCUMENT, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT), false,
                form(name(), idNumber(), text("taxYear", t("纳税年度", "納稅年度", "Tax year"), true, "20[0-9]{2}", null, null, null)),
                allDay(), 1, Region.CN, true, counter(false)));
        c.matter(BUSINESS_TAX, new Matter("000118090000", "114403000075573460" + "2000118090000", "114403000075573460200011809000001",
                t("深圳市前海管理局", "深圳市前海管理局", "Qianhai Authority, Shenzhen"),
                t("跨境通办：香港公司商业登记证明申领", "跨境通辦：香港公司商業登記證明申領", "Cross-boundary: Hong Kong business registration extract"),
                IdentityLevel.DOCUMENT, List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, HK_MACAO_TRAVEL_PERMIT, PASSPORT), false,
                form(name(), idNumber(), phone(true),
                        text("brNumber", t("香港商业登记号码", "香港商業登記號碼", "Hong Kong business registration number"), true, "[0-9]{8}", null, null, null)),
                allDay(), 7, Region.HK, true, counter(true)));
        c.matter(SOCIAL_SECURITY, new Matter("000110050000", "11440400007192834T" + "2000110050000", "11440400007192834T200011005000001",
                t("横琴粤澳深度合作区民生事务局", "橫琴粵澳深度合作區民生事務局", "Livelihood Affairs Bureau, Hengqin Guangdong-Macao Cooperation Zone"),
                t("跨境通办：澳门养老金领取人生存认证", "跨境通辦：澳門養老金領取人生存認證", "Cross-boundary: Macao pension proof of life"),
                IdentityLevel.VERIFIED, List.of(HMT_RESIDENCE_PERMIT, HK_MACAO_TRAVEL_PERMIT), true,
                form(name(), idNumber(), phone(true),
                        text("macaoIdNumber", t("澳门居民身份证号码", "澳門居民身份證號碼", "Macao resident ID number"), true, "[157][0-9]{6}\\([0-9]\\)", null, null, null)),
                allDay(), 5, Region.MO, true, counter(true)));
        return c;
    }

    public List<Matter> matters() {
        return List.copyOf(matters.values());
    }

    public Optional<Matter> matter(String implementationCode) {
        return Optional.ofNullable(matters.get(implementationCode));
    }

    /**
     * Serves {@code replacement} from now on instead of the matters served so far (a simulator operation, for tests
     * of catalogue refreshes; a restart serves the seeded matters again).
     *
     * @throws IllegalArgumentException when the list is empty, holds a null, or lists an implementation code twice
     */
    public void replaceMatters(List<Matter> replacement) {
        if (replacement == null || replacement.isEmpty()) {
            throw new IllegalArgumentException("the catalogue needs at least one matter");
        }
        Map<String, Matter> next = new LinkedHashMap<>();
        for (Matter m : replacement) {
            if (m == null || m.implementationCode() == null) {
                throw new IllegalArgumentException("every matter needs an implementationCode");
            }
            if (next.put(m.implementationCode(), m) != null) {
                throw new IllegalArgumentException("matter " + m.implementationCode() + " is listed twice");
            }
        }
        matters = Collections.unmodifiableMap(next);
    }

    public List<Centre> centres() {
        return List.copyOf(centres.values());
    }

    public Optional<Centre> centre(String code) {
        return Optional.ofNullable(centres.get(code));
    }

    private void matter(MatterTheme theme, Matter m) {
        matters.put(m.implementationCode(), m.withTheme(theme));
    }

    private void centre(Centre c) {
        centres.put(c.code(), c);
    }

    private static LocalizedText t(String zhCN, String zhHK, String en) {
        return new LocalizedText(zhCN, zhHK, en);
    }

    private static FormSchema form(FormField... fields) {
        return new FormSchema(List.of(fields));
    }

    private static FormField name() {
        return new FormField("applicantName", Type.TEXT, t("申请人姓名", "申請人姓名", "Applicant's name"), true, null, 1, 60, null, Prefill.NAME);
    }

    private static FormField idNumber() {
        return new FormField("documentNumber", Type.ID_NUMBER, t("证件号码", "證件號碼", "Document number"), true, null, 5, 30, null,
                Prefill.ID_NUMBER);
    }

    private static FormField birthDate() {
        return new FormField("birthDate", Type.DATE, t("出生日期", "出生日期", "Date of birth"), true, null, null, null, null, Prefill.BIRTH_DATE);
    }

    private static FormField phone(boolean required) {
        return new FormField("phone", Type.PHONE, t("手机号码", "手機號碼", "Mobile number"), required, "1[3-9][0-9]{9}", null, null, null, null);
    }

    private static FormField text(String name, LocalizedText label, boolean required, String pattern, Integer min, Integer max, Prefill prefill) {
        return new FormField(name, Type.TEXT, label, required, pattern, min, max, null, prefill);
    }

    private static FormField date(String name, LocalizedText label, boolean required) {
        return new FormField(name, Type.DATE, label, required, null, null, null, null, null);
    }

    private static FormField select(String name, LocalizedText label, boolean required, FieldOption... options) {
        return new FormField(name, Type.SELECT, label, required, null, null, null, List.of(options), null);
    }

    private static FieldOption option(String value, LocalizedText label) {
        return new FieldOption(value, label);
    }

    private static Availability allDay() {
        return new Availability("00:00", "24:00", true);
    }

    private static CounterAlternative counter(boolean appointment) {
        return new CounterAlternative(t("可到任一政务服务中心综合窗口办理，无需预约", "可到任一政務服務中心綜合窗口辦理，無需預約",
                "You can also apply at the general counter of any government service centre, no appointment needed"), appointment);
    }
}
