package ma.marsad.base;

import java.util.Locale;

/** The twelve regions of Morocco, and National for figures not broken down by region. */
public enum Region {
    TANGER_TETOUAN_AL_HOCEIMA("Tanger-Tétouan-Al Hoceïma", "Tanger-Tetouan-Al Hoceima", "طنجة تطوان الحسيمة"),
    ORIENTAL("L'Oriental", "Oriental", "الشرق"),
    FES_MEKNES("Fès-Meknès", "Fez-Meknes", "فاس مكناس"),
    RABAT_SALE_KENITRA("Rabat-Salé-Kénitra", "Rabat-Sale-Kenitra", "الرباط سلا القنيطرة"),
    BENI_MELLAL_KHENIFRA("Béni Mellal-Khénifra", "Beni Mellal-Khenifra", "بني ملال خنيفرة"),
    CASABLANCA_SETTAT("Casablanca-Settat", "Casablanca-Settat", "الدار البيضاء سطات"),
    MARRAKECH_SAFI("Marrakech-Safi", "Marrakesh-Safi", "مراكش آسفي"),
    DRAA_TAFILALET("Drâa-Tafilalet", "Draa-Tafilalet", "درعة تافيلالت"),
    SOUSS_MASSA("Souss-Massa", "Souss-Massa", "سوس ماسة"),
    GUELMIM_OUED_NOUN("Guelmim-Oued Noun", "Guelmim-Oued Noun", "كلميم واد نون"),
    LAAYOUNE_SAKIA_EL_HAMRA("Laâyoune-Sakia El Hamra", "Laayoune-Sakia El Hamra", "العيون الساقية الحمراء"),
    DAKHLA_OUED_ED_DAHAB("Dakhla-Oued Ed-Dahab", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
    NATIONAL("National", "National", "وطني");

    private final LocalizedText name;

    Region(String nameFr, String nameEn, String nameAr) {
        this.name = new LocalizedText(nameFr, nameEn, nameAr);
    }

    public String displayName(Locale locale) {
        return name.in(locale);
    }

    public boolean isNational() {
        return this == NATIONAL;
    }
}
