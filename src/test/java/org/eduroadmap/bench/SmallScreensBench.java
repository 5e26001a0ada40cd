package org.eduroadmap.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.ViewPackages;

/** The screens at {@code small}: the demo data. */
@SpringBootTest
@ViewPackages(packages = "org.eduroadmap")
class SmallScreensBench extends ScreensBench {

    @DynamicPropertySource
    static void small(DynamicPropertyRegistry registry) throws Exception {
        database(registry, "small");
    }

    @Override
    String scale() {
        return "small";
    }
}
