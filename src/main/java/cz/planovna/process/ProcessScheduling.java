package cz.planovna.process;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily reminders; tests and the command line switch it off. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "planovna.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ProcessScheduling {}
