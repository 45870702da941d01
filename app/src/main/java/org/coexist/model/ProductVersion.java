package org.coexist.model;

/**
 * Every product version Coexist knows, oldest first within each family, as listed in domain.md.
 * Which versions a given element type may have is catalog data, not code.
 */
public enum ProductVersion {
    LCS_2005_SP1(Family.COMMUNICATIONS),
    OCS_2007(Family.COMMUNICATIONS),
    OCS_2007_R2(Family.COMMUNICATIONS),
    LYNC_2010(Family.COMMUNICATIONS),
    LYNC_2013(Family.COMMUNICATIONS),
    SFB_2015(Family.COMMUNICATIONS),
    SFB_2019(Family.COMMUNICATIONS),
    EXCHANGE_5_5(Family.EXCHANGE),
    EXCHANGE_2000(Family.EXCHANGE),
    EXCHANGE_2003(Family.EXCHANGE),
    EXCHANGE_2007(Family.EXCHANGE),
    EXCHANGE_2010(Family.EXCHANGE),
    EXCHANGE_2013(Family.EXCHANGE),
    EXCHANGE_2016(Family.EXCHANGE),
    EXCHANGE_2019(Family.EXCHANGE),
    SQL_2005(Family.SQL),
    SQL_2008(Family.SQL),
    SQL_2008_R2(Family.SQL),
    SQL_2012(Family.SQL),
    SQL_2014(Family.SQL),
    SQL_2016(Family.SQL),
    SQL_2017(Family.SQL),
    SQL_2019(Family.SQL),
    LOTUS_NOTES(Family.FOREIGN);

    private final Family family;

    ProductVersion(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** True when both are of one family and this one came out earlier. */
    public boolean isOlderThan(ProductVersion other) {
        return family == other.family && ordinal() < other.ordinal();
    }
}
