package org.eduroadmap;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Every "now" in the application comes from here, so time-dependent rules can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
