package org.kiosk.device.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.kiosk.device.idcard.document.Masking;

/**
 * The fields of a machine-readable zone whose check digits all passed.
 *
 * <p>Codes and numbers keep their characters without the trailing fillers ({@code P}, {@code D},
 * {@code L898902C}); names have their fillers turned into spaces ({@code ANNA MARIA}). Dates stay as printed,
 * {@code YYMMDD}, because the zone gives no century: {@link #birthDateOn} and {@link #expiryDateOn} resolve them
 * against a given day. A birth date may hold fillers for unknown parts. {@code sex} is {@code M}, {@code F},
 * {@code X} or {@code <} (unspecified).
 *
 * <p>{@code optionalData1} is the personal number of a TD3 passport, the optional data of line 1 of a TD1 card
 * (after any document number overflow) or of line 2 of a TD2 card; {@code optionalData2} is the optional data of
 * line 2 of a TD1 card and empty for the other formats.
 */
public record MrzData(MrzFormat format, String documentCode, String issuingState, String documentNumber,
        String primaryIdentifier, String secondaryIdentifier, String nationality, String birthDate, char sex,
        String expiryDate, String optionalData1, String optionalData2) {

    /** Expiry years are resolved to within this many years of the current year, either side. */
    private static final int EXPIRY_YEARS_AROUND = 50;

    public MrzData {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(optionalData1, "optionalData1");
        Objects.requireNonNull(optionalData2, "optionalData2");
    }

    /**
     * The birth date in the most recent century that puts it on or before {@code today} ({@code 740812} is
     * 1974-08-12, {@code 150101} read in 2026 is 2015-01-01); empty when the zone gives an unknown part or a date
     * that does not exist.
     */
    public Optional<LocalDate> birthDateOn(LocalDate today) {
        return resolve(birthDate, (yy, monthDay) -> {
            int year = centuryOf(today) + yy;
            boolean ahead = year > today.getYear() || year == today.getYear() && monthDay.isAfter(MonthDay.from(today));
            return ahead ? year - 100 : year;
        });
    }

    /**
     * The expiry date in the year less than fifty years away from {@code today}'s, forward or back: documents
     * run years ahead, and a long expired one still reads as expired ({@code 120415} is 2012-04-15); empty for a
     * date that does not exist.
     */
    public Optional<LocalDate> expiryDateOn(LocalDate today) {
        return resolve(expiryDate, (yy, monthDay) -> {
            int year = centuryOf(today) + yy;
            if (year < today.getYear() - EXPIRY_YEARS_AROUND) {
                return year + 100;
            }
            return year >= today.getYear() + EXPIRY_YEARS_AROUND ? year - 100 : year;
        });
    }

    /** Whether the document's expiry date lies before {@code today}; a date that does not exist counts as expired. */
    public boolean isExpiredOn(LocalDate today) {
        return expiryDateOn(today).map(expiry -> expiry.isBefore(today)).orElse(true);
    }

    private static int centuryOf(LocalDate day) {
        return day.getYear() - Math.floorMod(day.getYear(), 100);
    }

    private static Optional<LocalDate> resolve(String yymmdd, YearChoice yearChoice) {
        if (yymmdd.length() != 6 || !yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            MonthDay monthDay = MonthDay.of(Integer.parseInt(yymmdd, 2, 4, 10), Integer.parseInt(yymmdd, 4, 6, 10));
            int year = yearChoice.year(Integer.parseInt(yymmdd, 0, 2, 10), monthDay);
            return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface YearChoice {
        int year(int twoDigits, MonthDay monthDay);
    }

    @Override
    public String toString() {
        return "MrzData[format=" + format + ", documentCode=" + documentCode + ", issuingState=" + issuingState
                + ", documentNumber=" + Masking.number(documentNumber)
                + ", primaryIdentifier=" + Masking.name(primaryIdentifier)
                + ", secondaryIdentifier=" + Masking.name(secondaryIdentifier)
                + ", nationality=***, birthDate=" + yearOnly(birthDate) + ", sex=*, expiryDate=" + yearOnly(expiryDate)
                + ", optionalData1=" + Masking.number(optionalData1)
                + ", optionalData2=" + Masking.number(optionalData2) + "]";
    }

    private static String yearOnly(String yymmdd) {
        return yymmdd.length() < 2 ? "******" : yymmdd.substring(0, 2) + "****";
    }
}
