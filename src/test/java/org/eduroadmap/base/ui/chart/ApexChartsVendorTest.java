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
 * ApexCharts 4.7.0 is the last release under the plain MIT licence; from 5.0 a commercial licence
 * applies above a revenue threshold. These checks keep the vendored file from being swapped for a
 * newer build by accident. The hashes are those of {@code npm pack apexcharts@4.7.0}.
 */
class ApexChartsVendorTest {

    private static final String FOLDER = "/META-INF/resources/vendor/apexcharts/";
    private static final String SCRIPT_SHA256 = "c46de876c375aab3fbc23d82418f7d77251403335808983d2b832d4a38481948";
    private static final String LICENSE_SHA256 = "4db98d106f5a157d60b24d49a4852156542ef58e08f1034e8a3b6d63e53e2241";

    @Test
    void scriptIsTheMitReleaseFourSevenZero() throws Exception {
        byte[] script = read("apexcharts.min.js");

        assertThat(sha256(script)).isEqualTo(SCRIPT_SHA256);
        String header = new String(script, 0, 200, StandardCharsets.UTF_8);
        assertThat(header).contains("ApexCharts v4.7.0").contains("Released under the MIT License");
    }

    @Test
    void licenceIsMit() throws Exception {
        byte[] licence = read("LICENSE");

        assertThat(sha256(licence)).isEqualTo(LICENSE_SHA256);
        assertThat(new String(licence, StandardCharsets.UTF_8))
                .startsWith("The MIT License (MIT)")
                .contains("Copyright (c) 2018 ApexCharts");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ApexChartsVendorTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(FOLDER + name + " on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
