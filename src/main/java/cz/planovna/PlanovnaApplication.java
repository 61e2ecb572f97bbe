package cz.planovna;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlanovnaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanovnaApplication.class, args);
    }
}
