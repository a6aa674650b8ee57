package com.guanjia.demo;

import java.util.List;
import java.util.Random;

/**
 * Seeds people into the demo communities once the estate exists (owners, tenants,
 * members).
 */
interface DemoResidentsSeeder {

	void seed(List<Long> communityIds, Random random);

}
