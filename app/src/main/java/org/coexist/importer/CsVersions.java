package org.coexist.importer;

import java.util.Map;
import org.coexist.model.ProductVersion;

/** Product versions of Lync and Skype for Business documents, and the SQL Server version an instance is given. */
final class CsVersions {
    private static final Map<Integer, ProductVersion> SERVICE_VERSIONS = Map.of(
            8, ProductVersion.SFB_2019,
            7, ProductVersion.SFB_2015,
            6, ProductVersion.LYNC_2013,
            5, ProductVersion.LYNC_2010);

    /**
     * The SQL Server version an imported instance gets: its version is not in these documents, so it is the oldest
     * version the product's own requirements list, which never raises a false version error; the summary flags it.
     */
    private static final Map<ProductVersion, ProductVersion> ASSUMED_SQL = Map.of(
            ProductVersion.SFB_2019, ProductVersion.SQL_2016,
            ProductVersion.SFB_2015, ProductVersion.SQL_2012,
            ProductVersion.LYNC_2013, ProductVersion.SQL_2008_R2,
            ProductVersion.LYNC_2010, ProductVersion.SQL_2005,
            ProductVersion.OCS_2007_R2, ProductVersion.SQL_2005,
            ProductVersion.OCS_2007, ProductVersion.SQL_2005,
            ProductVersion.LCS_2005_SP1, ProductVersion.SQL_2005);

    private CsVersions() {
    }

    /** The product of a ServiceVersion (5 to 8), or null for a missing, older or unknown one. */
    static ProductVersion of(Integer serviceVersion) {
        return serviceVersion == null ? null : SERVICE_VERSIONS.get(serviceVersion);
    }

    static ProductVersion assumedSql(ProductVersion product) {
        return product == null ? ProductVersion.SQL_2016 : ASSUMED_SQL.getOrDefault(product, ProductVersion.SQL_2016);
    }
}
