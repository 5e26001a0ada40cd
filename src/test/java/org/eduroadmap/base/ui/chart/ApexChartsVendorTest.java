package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * ApexCharts 4.7.0 is the last release under the MIT licence alone; later ones carry terms a
 * ministry cannot accept. The vendored file must stay exactly that build.
 */
class ApexChartsVendorTest {

    /** SHA-256 of package/dist/apexcharts.min.js in {@code npm pack apexcharts@4.7.0}. */
    private static final String SHA_256 = "c46de876c375aab3fbc23d82418f7d77251403335808983d2b832d4a38481948";

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ApexChartsVendorTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theScriptIsTheMitBuildOf470() throws IOException, NoSuchAlgorithmException {
        byte[] script = resource("/META-INF/resources/vendor/apexcharts/apexcharts.min.js");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script))).isEqualTo(SHA_256);
        String header = new String(script, 0, 200, StandardCharsets.UTF_8);
        assertThat(header).contains("ApexCharts v4.7.0").contains("Released under the MIT License");
    }

    @Test
    void theLicenceTravelsWithIt() throws IOException {
        String licence = new String(resource("/META-INF/resources/vendor/apexcharts/LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).startsWith("The MIT License (MIT)");
    }
}
