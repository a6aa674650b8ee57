package com.guanjia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Guanjia (管家): the system a property-management customer-service centre runs on. */
@SpringBootApplication
@EnableScheduling
public class GuanjiaApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuanjiaApplication.class, args);
	}

}
