package org.eduroadmap;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} jobs, such as the hourly overdue-activity notices. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
