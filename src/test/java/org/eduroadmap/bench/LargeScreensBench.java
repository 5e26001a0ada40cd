package org.eduroadmap.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.ViewPackages;

/** The screens at {@code large}: 200 KPIs, a million values, 100,000 activities, 50,000 requests. */
@SpringBootTest
@ViewPackages(packages = "org.eduroadmap")
class LargeScreensBench extends ScreensBench {

    @DynamicPropertySource
    static void large(DynamicPropertyRegistry registry) throws Exception {
        database(registry, "large");
    }

    @Override
    String scale() {
        return "large";
    }
}
