package com.guanjia.platform.web;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last line {@code bin/run} prints (issue 9 item 20): the address to open, once the
 * application answers.
 */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Guanjia is ready: open http://localhost:{}/ (JVM up {} s, context {} s)",
					web.getWebServer().getPort(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
					event.getTimeTaken().toMillis() / 1000.0);
		}
	}

}
